package org.trasloco.xmpp.registration;

import java.util.Locale;
import java.util.Map;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.XmppMessages;

/**
 * What to call a field when the server gave no label (legacy forms never do): our own words for
 * the fields XEP-0077 and XEP-0158 define, else the field's name.
 */
public final class FieldLabels {

    private static final Map<String, XmppMessages> KNOWN = Map.ofEntries(
            Map.entry("username", XmppMessages.FIELD_USERNAME),
            Map.entry("password", XmppMessages.FIELD_PASSWORD),
            Map.entry("email", XmppMessages.FIELD_EMAIL),
            Map.entry("nick", XmppMessages.FIELD_NICK),
            Map.entry("name", XmppMessages.FIELD_NAME),
            Map.entry("first", XmppMessages.FIELD_FIRST),
            Map.entry("last", XmppMessages.FIELD_LAST),
            Map.entry("phone", XmppMessages.FIELD_PHONE),
            Map.entry("ocr", XmppMessages.FIELD_OCR),
            Map.entry("qa", XmppMessages.FIELD_QA),
            Map.entry("picture_recog", XmppMessages.FIELD_PICTURE),
            Map.entry("audio_recog", XmppMessages.FIELD_AUDIO),
            Map.entry("speech_recog", XmppMessages.FIELD_AUDIO));

    private FieldLabels() {
    }

    /**
     * The label to show for a field.
     *
     * @param field the field
     * @param locale the reader's language (used when the server gave no label)
     * @return the server's label, our own words for a known field, or the field's name
     */
    public static String of(FormField field, Locale locale) {
        if (field.label() != null && !field.label().isBlank()) {
            return field.label().strip();
        }
        XmppMessages known = field.variable() == null ? null : KNOWN.get(field.variable());
        if (known != null) {
            return LocalizedText.of(known).format(locale);
        }
        return field.variable() == null ? "" : field.variable();
    }
}
