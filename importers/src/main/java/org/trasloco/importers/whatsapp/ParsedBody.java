package org.trasloco.importers.whatsapp;

import java.util.Locale;
import org.trasloco.core.history.MessageKind;

/**
 * What the text after a header turned out to be.
 *
 * @param author the cleaned sender, or {@code null} for a system line
 * @param nonContact whether the sender carried the non-contact {@code ~}
 * @param kind message, system line or deleted
 * @param text the text with markers removed
 * @param attachment the file name in an attachment marker, or {@code null}
 * @param mediaOmitted whether a medium was left out of the export
 * @param edited whether an edited marker was removed
 * @param byExporter whether the body shows that the author is the exporter ("You deleted this message")
 * @param language the language of a WhatsApp marker or notice in the body, or {@code null}
 */
record ParsedBody(String author, boolean nonContact, MessageKind kind, String text, String attachment,
        boolean mediaOmitted, boolean edited, boolean byExporter, Locale language) {
}
