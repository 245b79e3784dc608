package org.trasloco.app.cli.history;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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

    private final JsonGenerator json;
    private final WarningPrinter warnings;
    private String source;
    private String conversation;

    NdjsonWriter(OutputStream out, WarningPrinter warnings) {
        this.warnings = warnings;
        try {
            JsonFactory factory = JsonFactory.builder().build();
            this.json = factory.createGenerator(out, JsonEncoding.UTF8)
                    .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beginConversation(Conversation value) {
        source = value.network().id();
        conversation = value.title();
    }

    @Override
    public void message(Message message) {
        try {
            json.writeStartObject();
            json.writeStringField("source", source);
            json.writeStringField("conversation", conversation);
            json.writeStringField("id", message.id());
            json.writeStringField("platformId", message.platformId());
            json.writeStringField("timestamp", Timestamps.iso(message.timestamp()));
            json.writeStringField("instant", message.instant() == null ? null : message.instant().toString());
            json.writeStringField("author", message.author());
            json.writeStringField("authorId", message.authorId());
            json.writeStringField("kind", message.kind().id());
            json.writeStringField("text", message.text());
            json.writeArrayFieldStart("attachments");
            for (Attachment attachment : message.attachments()) {
                json.writeString(attachment.fileName());
            }
            json.writeEndArray();
            json.writeBooleanField("mediaOmitted", message.mediaOmitted());
            json.writeBooleanField("edited", message.edited());
            json.writeStringField("replyTo", message.replyTo());
            json.writeStringField("forwardedFrom", message.forwardedFrom());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
