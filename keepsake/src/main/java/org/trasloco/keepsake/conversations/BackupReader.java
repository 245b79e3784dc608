package org.trasloco.keepsake.conversations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Reads a version 2 Conversations backup one row at a time: header, then AES-GCM (streamed, see
 * {@link GcmDecryptingInputStream}), gzip, and a JSON array of rows. Rows are checked as the app's
 * {@code ImportBackupWorker} checks them (the key {@code table} then {@code values}, column names of
 * letters and underscores, values that are strings, whole numbers or null). The data is
 * authenticated only when {@link #finish()} has returned.
 */
final class BackupReader implements AutoCloseable {

    /** The parser must not close the stream at the array's end: the tag is checked after it. */
    private static final JsonFactory JSON = JsonFactory.builder().build().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    private static final Pattern COLUMN = Pattern.compile("^[a-zA-Z_]+$");

    private final Path file;
    private final BackupHeader header;
    private final InputStream raw;
    private final GcmDecryptingInputStream decrypted;
    private final GZIPInputStream unzipped;
    private final JsonParser parser;
    private final long size;
    private final CountingInput counted;
    private boolean ended;

    private BackupReader(Path file, BackupHeader header, InputStream raw, CountingInput counted,
            GcmDecryptingInputStream decrypted, GZIPInputStream unzipped, JsonParser parser, long size) {
        this.file = file;
        this.header = header;
        this.raw = raw;
        this.counted = counted;
        this.decrypted = decrypted;
        this.unzipped = unzipped;
        this.parser = parser;
        this.size = size;
    }

    /** Reads only the header (to learn the salt before the password is turned into a key). */
    static BackupHeader header(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return checked(file, BackupHeader.read(in));
        } catch (EOFException e) {
            throw bad(file, BackupText.UNKNOWN_VERSION, e, file, "?");
        } catch (IOException e) {
            throw bad(file, BackupText.UNREADABLE, e, file);
        }
    }

    /**
     * Opens a backup with the key derived from its header's salt.
     *
     * @param file the backup
     * @param key the AES key
     * @return the reader, standing before the first row
     */
    static BackupReader open(Path file, byte[] key) {
        InputStream raw = null;
        try {
            long size = Files.size(file);
            raw = Files.newInputStream(file);
            CountingInput counted = new CountingInput(new BufferedInputStream(raw, 65536));
            BackupHeader header = checked(file, BackupHeader.read(new DataInputStream(counted)));
            GcmDecryptingInputStream decrypted = new GcmDecryptingInputStream(counted, key, header.iv());
            GZIPInputStream unzipped;
            try {
                unzipped = new GZIPInputStream(decrypted, 65536);
            } catch (ZipException | GcmDecryptingInputStream.TagMismatchException e) {
                throw bad(file, BackupText.WRONG_PASSWORD, e, file, header.account());
            }
            JsonParser parser = JSON.createParser(unzipped);
            BackupReader reader = new BackupReader(file, header, raw, counted, decrypted, unzipped, parser, size);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw reader.malformed("the backup does not begin with an array");
            }
            return reader;
        } catch (TraslocoException e) {
            closeQuietly(raw);
            throw e;
        } catch (IOException e) {
            closeQuietly(raw);
            throw bad(file, BackupText.UNREADABLE, e, file);
        }
    }

    BackupHeader header() {
        return header;
    }

    /** Bytes of the file read so far, and its size, for progress. */
    long position() {
        return counted.count;
    }

    long size() {
        return size;
    }

    /**
     * The next row, or {@code null} after the last.
     */
    BackupRow next() {
        if (ended) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                ended = true;
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw malformed("a row is not an object");
            }
            if (parser.nextToken() != JsonToken.FIELD_NAME || !"table".equals(parser.currentName())
                    || parser.nextToken() != JsonToken.VALUE_STRING) {
                throw malformed("a row does not start with its table");
            }
            String table = parser.getText();
            if (parser.nextToken() != JsonToken.FIELD_NAME || !"values".equals(parser.currentName())
                    || parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("a row of " + table + " has no values");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String column = parser.currentName();
                if (!COLUMN.matcher(column).matches()) {
                    throw malformed("a column is named " + column);
                }
                JsonToken value = parser.nextToken();
                switch (value) {
                    case VALUE_NULL -> values.put(column, null);
                    case VALUE_STRING -> values.put(column, parser.getText());
                    case VALUE_NUMBER_INT -> values.put(column, parser.getLongValue());
                    default -> throw malformed("the column " + column + " of " + table + " holds " + value);
                }
            }
            if (parser.nextToken() != JsonToken.END_OBJECT) {
                throw malformed("a row of " + table + " has more than table and values");
            }
            return new BackupRow(table, values);
        } catch (ZipException | GcmDecryptingInputStream.TagMismatchException e) {
            throw bad(file, BackupText.WRONG_PASSWORD, e, file, header.account());
        } catch (JsonParseException e) {
            throw bad(file, BackupText.MALFORMED, e, file, e.getOriginalMessage());
        } catch (IOException e) {
            throw bad(file, BackupText.UNREADABLE, e, file);
        }
    }

    /**
     * Reads what follows the last row up to the end of the file and checks the tag.
     *
     * @throws TraslocoException of kind {@code BAD_INPUT} when the data does not match its tag
     */
    void finish() {
        try {
            if (!ended || parser.nextToken() != null) {
                throw malformed("something follows the rows");
            }
            byte[] rest = new byte[8192];
            while (unzipped.read(rest) >= 0) {
                // Drain the gzip trailer.
            }
            while (decrypted.read(rest) >= 0) {
                // Reaching the end checks the tag.
            }
        } catch (ZipException | GcmDecryptingInputStream.TagMismatchException e) {
            throw bad(file, BackupText.WRONG_PASSWORD, e, file, header.account());
        } catch (IOException e) {
            throw bad(file, BackupText.UNREADABLE, e, file);
        }
    }

    @Override
    public void close() {
        closeQuietly(raw);
    }

    private TraslocoException malformed(String what) {
        return bad(file, BackupText.MALFORMED, null, file, what);
    }

    private static BackupHeader checked(Path file, BackupHeader header) {
        if (header.version() == BackupHeader.SQL_VERSION) {
            throw bad(file, BackupText.OLD_VERSION, null, file);
        }
        if (header.version() != BackupHeader.JSON_VERSION) {
            throw bad(file, BackupText.UNKNOWN_VERSION, null, file, header.version());
        }
        return header;
    }

    static TraslocoException bad(Path file, BackupText key, Exception cause, Object... args) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, LocalizedText.of(key, args), cause);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Only reading; nothing to lose.
            }
        }
    }

    /** Counts the bytes read from the file, for progress. */
    private static final class CountingInput extends java.io.FilterInputStream {
        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
