package org.trasloco.app.cli.history;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;
import org.trasloco.core.time.Timestamps;

/**
 * Writes messages as the NDJSON contract of DESIGN §4: one object per line, fields in the documented
 * order, every field present ({@code null} when absent). Warnings go to the {@link WarningPrinter}.
 */
final class NdjsonWriter implements HistorySink, AutoCloseable {

    // Field names encoded once, and every string written from one place in a loop: a call of the
    // generator's string writer per field would each be compiled with all of Jackson's escaping code
    // inlined, and the compiler's time, at the start of a run, is a good part of the whole run.
    private static final SerializableString[] HEAD = names("source", "conversation", "id", "platformId",
            "timestamp", "instant", "author", "authorId", "kind", "text");
    private static final SerializableString ATTACHMENTS = new SerializedString("attachments");
    private static final SerializableString MEDIA_OMITTED = new SerializedString("mediaOmitted");
    private static final SerializableString EDITED = new SerializedString("edited");
    private static final SerializableString[] TAIL = names("replyTo", "forwardedFrom");

    private final JsonGenerator json;
    private final WarningPrinter warnings;
    /** The values of {@link #HEAD} and {@link #TAIL} for the message being written. */
    private final String[] head = new String[HEAD.length];
    private final String[] tail = new String[TAIL.length];

    NdjsonWriter(OutputStream out, WarningPrinter warnings) {
        this.warnings = warnings;
        try {
            JsonFactory factory = JsonFactory.builder().build();
            this.json = factory.createGenerator(out, JsonEncoding.UTF8)
                    .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
                    // An emoji as its four UTF-8 bytes, not as two escaped surrogates.
                    .configure(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8, true);
            json.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beginConversation(Conversation value) {
        head[0] = value.network().id();
        head[1] = value.title();
    }

    @Override
    public void message(Message message) {
        try {
            json.writeStartObject();
            head[2] = message.id();
            head[3] = message.platformId();
            head[4] = Timestamps.iso(message.timestamp());
            head[5] = message.instant() == null ? null : Timestamps.iso(message.instant());
            head[6] = message.author();
            head[7] = message.authorId();
            head[8] = message.kind().id();
            head[9] = message.text();
            fields(HEAD, head);
            json.writeFieldName(ATTACHMENTS);
            json.writeStartArray();
            for (Attachment attachment : message.attachments()) {
                json.writeString(attachment.fileName());
            }
            json.writeEndArray();
            json.writeFieldName(MEDIA_OMITTED);
            json.writeBoolean(message.mediaOmitted());
            json.writeFieldName(EDITED);
            json.writeBoolean(message.edited());
            tail[0] = message.replyTo();
            tail[1] = message.forwardedFrom();
            fields(TAIL, tail);
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fields(SerializableString[] names, String[] values) throws IOException {
        for (int i = 0; i < names.length; i++) {
            json.writeFieldName(names[i]);
            if (values[i] == null) {
                json.writeNull();
            } else {
                json.writeString(values[i]);
            }
        }
    }

    private static SerializableString[] names(String... names) {
        SerializableString[] encoded = new SerializableString[names.length];
        for (int i = 0; i < names.length; i++) {
            encoded[i] = new SerializedString(names[i]);
        }
        return encoded;
    }

    @Override
    public void warning(ImportWarning warning) {
        warnings.print(warning);
    }

    @Override
    public void endConversation(Conversation value, List<Participant> participants) {
        flush();
    }

    void flush() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
