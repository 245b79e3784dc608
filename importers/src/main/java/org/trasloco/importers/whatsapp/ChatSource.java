package org.trasloco.importers.whatsapp;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** Where a chat's text and media are: a bare text file, a zip, or a folder of loose files. */
interface ChatSource extends Closeable {

    /** The chat's name, also its stable conversation key. */
    String chatName();

    /** How to name the chat text in messages: the file, or the zip and its entry. */
    String textLabel();

    /** Opens the chat text from its first byte; may be called more than once. */
    InputStream openText() throws IOException;

    /** The size of the chat text in bytes, or -1 when unknown. */
    long textSize();

    /** The files that came with the chat. */
    MediaIndex media();

    @Override
    void close() throws IOException;
}
