package org.trasloco.importers.telegram.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.io.CountingInputStream;
import org.trasloco.importers.io.HandOff;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.telegram.chat.ChatType;
import org.trasloco.importers.telegram.chat.ExportClock;
import org.trasloco.importers.telegram.chat.ExportFiles;
import org.trasloco.importers.telegram.chat.MediaWords;
import org.trasloco.importers.telegram.chat.ReadNotes;
import org.trasloco.importers.telegram.chat.TelegramMessages;

/**
 * Reads a Telegram Desktop {@code result.json} of either shape in one streaming pass: one chat, or a
 * whole account whose {@code chats} and {@code left_chats} lists each become conversations and whose
 * contact list and personal information go to the sink as phone-book entries. Memory holds a few
 * hundred messages at a time, whatever the size of the file.
 *
 * <p>Two stages: the calling thread parses (repair, tokens, one map per message) and hands each
 * message over to a worker thread that maps it (ids, times, texts, files) and feeds the sink, in file
 * order; everything that touches the sink runs on the worker.
 *
 * <p>A file that ends too early (an interrupted copy) is read up to the cut. Unless the options
 * accept a partial read, it is then refused, so that an import never silently lacks the end of a
 * history; with them, the read ends normally, says so in a warning and in its result.
 */
public final class JsonExportReader {

    private static final int REPORT_EVERY = 512;
    private static final int BATCH = 256;
    private static final int BATCHES = 8;

    private final Path file;
    private final ReadOptions options;
    private final HistorySink sink;
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private final long size;
    private CountingInputStream counting;
    private JsonRead read;
    private AccountSections account;
    private HandOff<Runnable> stage;
    private JsonChat chat;
    private JsonShape shape;
    private long messages;

    private JsonExportReader(Path file, ReadOptions options, HistorySink sink, ProgressListener progress,
            Cancellation cancellation, long size) {
        this.file = file;
        this.options = options;
        this.sink = sink;
        this.progress = progress;
        this.cancellation = cancellation;
        this.size = size;
    }

    /**
     * Reads a {@code result.json}. Its folder is the export folder that media paths are relative to.
     *
     * @param file the JSON file
     * @param options the zone for old exports, whether a partial read is accepted
     * @param sink receives conversations, messages, phone-book entries and warnings
     * @param progress told how many bytes are read
     * @param cancellation asked between messages
     * @return what was read
     * @throws org.trasloco.core.error.TraslocoException {@code BAD_INPUT} for a damaged, truncated
     *     (unless accepted) or foreign file, or a media path leaving the export folder
     */
    public static ReadResult read(Path file, ReadOptions options, HistorySink sink, ProgressListener progress,
            Cancellation cancellation) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, file);
        }
        return new JsonExportReader(file, options, sink, progress, cancellation, size).run();
    }

    private ReadResult run() {
        ReadNotes notes = new ReadNotes(sink);
        Path root = file.toAbsolutePath().getParent();
        try (InputStream in = Files.newInputStream(file)) {
            counting = new CountingInputStream(in);
            ExportFiles files = new ExportFiles(root, notes);
            String label = files.label(file);
            PeerIds ids = new PeerIds();
            read = new JsonRead(sink, notes, new ExportClock(options.zone(), notes), files, ids, label,
                    new MediaWords(options.locale()));
            account = new AccountSections(ids);
            boolean partial = false;
            stage = new HandOff<>("telegram-json", BATCH, BATCHES, Runnable::run);
            try (HandOff<Runnable> mapping = stage;
                    JsonParser parser = JsonShape.JSON.createParser(new EscapeRepairingStream(counting))) {
                try {
                    root(parser);
                } catch (StreamConstraintsException e) {
                    throw InputErrors.badInput(e, TelegramMessages.TOO_DEEP, label,
                            parser.currentLocation().getLineNr(), JsonShape.JSON.streamReadConstraints().getMaxNestingDepth());
                } catch (JsonParseException e) {
                    JsonLocation at = e.getLocation();
                    if (!endsEarly(e)) {
                        throw InputErrors.badInput(e, TelegramMessages.BAD_JSON, label, at.getLineNr(),
                                at.getColumnNr(), e.getOriginalMessage());
                    }
                    partial = truncated(at);
                }
                mapping.submit(() -> account.flush(sink, true));
                mapping.finish();
            }
            files.reportMissing(label);
            progress.progress(counting.count(), size);
            String format = "telegram-json-" + (shape == JsonShape.ACCOUNT ? "account" : "chat");
            return new ReadResult(format, messages, notes.count(), null, partial);
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, file);
        }
    }

    /**
     * Whether the parser failed because the input ended (Jackson reports some of those cases as a
     * plain parse error, naming the end of input in its message).
     */
    private static boolean endsEarly(JsonParseException e) {
        String message = e.getOriginalMessage();
        return e instanceof JsonEOFException || message != null && message.contains("end-of-input");
    }

    /** The file ended inside a value: refuses, or (when accepted) ends what was read and says so. */
    private boolean truncated(JsonLocation at) {
        if (!options.acceptPartial()) {
            throw InputErrors.badInput(TelegramMessages.TRUNCATED, read.file(), at.getLineNr(), messages);
        }
        JsonChat cut = chat;
        chat = null;
        long line = at.getLineNr();
        long readable = messages;
        stage.submit(() -> {
            if (cut != null) {
                cut.finish();
            }
            read.notes().warn(TelegramMessages.WARN_TRUNCATED, read.file(), line, read.file(), line, readable);
        });
        return true;
    }

    private void root(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw InputErrors.badInput(TelegramMessages.NOT_AN_EXPORT, read.file());
        }
        ChatHeader header = new ChatHeader();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (shape == null) {
                shape = JsonShape.ACCOUNT_KEYS.contains(field) ? JsonShape.ACCOUNT : null;
            }
            switch (field) {
                case "personal_information" -> {
                    Map<String, Object> owner = object(parser);
                    stage.submit(() -> account.owner(owner));
                }
                case "contacts" -> contacts(parser);
                case "chats", "left_chats" -> chatList(parser);
                case "messages" -> {
                    if (header.messages(parser)) {
                        shape = JsonShape.CHAT;
                    }
                }
                default -> {
                    if (!header.field(field, parser)) {
                        parser.skipChildren();
                    }
                }
            }
        }
        if (shape == null) {
            throw InputErrors.badInput(TelegramMessages.NOT_AN_EXPORT, read.file());
        }
    }

    /** {@code {"about": …, "list": [chat, …]}} */
    private void chatList(JsonParser parser) throws IOException {
        forEachInList(parser, this::chat);
    }

    /** One chat object: its header fields, then its messages. */
    private void chat(JsonParser parser) throws IOException {
        ChatHeader header = new ChatHeader();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (!("messages".equals(field) && header.messages(parser)) && !header.field(field, parser)) {
                parser.skipChildren();
            }
        }
    }

    /** {@code {"about": …, "list": [contact, …]}} */
    private void contacts(JsonParser parser) throws IOException {
        forEachInList(parser, item -> {
            Map<String, Object> contact = object(item);
            stage.submit(() -> account.contact(contact));
        });
        stage.submit(() -> account.flush(sink, false));
    }

    /** Reads every object of the {@code list} of an {@code {"about": …, "list": […]}} section. */
    private static void forEachInList(JsonParser parser, ItemReader item) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ("list".equals(field) && parser.currentToken() == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    item.read(parser);
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Object value = JsonTree.read(parser);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private void report() {
        cancellation.throwIfCancelled();
        progress.progress(counting.count(), size);
    }

    /** Reads one object of a list, the parser on its first token. */
    @FunctionalInterface
    private interface ItemReader {
        void read(JsonParser parser) throws IOException;
    }

    /** The fields of a chat object before its {@code messages}. */
    private final class ChatHeader {
        private String name;
        private String type;
        private Long id;
        private long line;

        /** Takes a header field; {@code false} when the field is not one. */
        boolean field(String field, JsonParser parser) throws IOException {
            if (line == 0) {
                line = parser.currentTokenLocation().getLineNr();
            }
            switch (field) {
                case "name" -> name = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "type" -> type = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "id" -> id = parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** Streams the {@code messages} array of this chat; {@code false} when it is not an array. */
        boolean messages(JsonParser parser) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return false;
            }
            JsonChat current = new JsonChat(read, ChatType.ofId(type), name, id,
                    line == 0 ? parser.currentTokenLocation().getLineNr() : line);
            chat = current;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    long line = parser.currentTokenLocation().getLineNr();
                    parser.skipChildren();
                    stage.submit(() -> read.notes().warn(TelegramMessages.WARN_NOT_A_MESSAGE, read.file(), line));
                    continue;
                }
                long messageLine = parser.currentTokenLocation().getLineNr();
                Map<String, Object> message = JsonTree.readMessage(parser);
                stage.submit(() -> current.accept(message, messageLine));
                if (++messages % REPORT_EVERY == 0) {
                    report();
                }
            }
            chat = null;
            stage.submit(() -> {
                current.finish();
                account.flush(sink, false);
            });
            report();
            return true;
        }
    }
}
