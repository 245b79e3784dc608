package org.trasloco.invites.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.trasloco.core.csv.CsvReader;
import org.trasloco.core.csv.CsvRecord;
import org.trasloco.core.csv.UnclosedQuoteException;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * A CSV file read whole: its header names and its rows, each with the line it starts on.
 * Column names are compared without case and surrounding spaces; blank rows are skipped.
 *
 * @param file the file read, for messages
 * @param columns the header names, trimmed and lower-cased, in order
 * @param rows the data rows
 */
public record CsvTable(Path file, List<String> columns, List<Row> rows) {

    /** More rows than any workshop or phone book we print for; protects against a wrong file. */
    public static final int MAX_ROWS = 10_000;

    /** Files larger than this are refused before reading. */
    public static final long MAX_BYTES = 8L << 20;

    /**
     * One data row.
     *
     * @param file the file, for messages
     * @param line the line the row starts on (1-based; the header is line 1)
     * @param values the values by lower-case column name; missing trailing values are absent
     */
    public record Row(Path file, int line, Map<String, String> values) {

        /**
         * Copies the values.
         *
         * @param file the file
         * @param line the line
         * @param values the values
         */
        public Row {
            values = Map.copyOf(values);
        }

        /**
         * The trimmed, non-blank value of the first of these columns that has one.
         *
         * @param names a column name and its aliases (e.g. {@code name}, {@code nome})
         * @return the value, if any
         */
        public Optional<String> get(String... names) {
            for (String name : names) {
                String value = values.get(name.toLowerCase(Locale.ROOT));
                if (value != null && !value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
            return Optional.empty();
        }

        /**
         * Runs {@code read} on this row and turns a domain error into one naming the file and line.
         *
         * @param read what to make of the row
         * @param <T> what it makes
         * @return what {@code read} returned
         * @throws TraslocoException ({@code BAD_INPUT}) naming the file and line
         */
        public <T> T read(Function<Row, T> read) {
            try {
                return read.apply(this);
            } catch (TraslocoException e) {
                throw new TraslocoException(e.kind(), LocalizedText.of(CsvText.AT_LINE, file, line, e.text()), e);
            }
        }
    }

    /**
     * Copies the parts.
     *
     * @param file the file
     * @param columns the header names
     * @param rows the rows
     */
    public CsvTable {
        Objects.requireNonNull(file, "file");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @return the table
     * @throws TraslocoException ({@code BAD_INPUT}) when the file cannot be read, is not UTF-8 text,
     *     has no header or an unclosed quote
     */
    public static CsvTable read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, CsvText.TOO_MANY_ROWS, file);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, LocalizedText.of(CsvText.UNREADABLE, file), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, LocalizedText.of(CsvText.NOT_UTF8, file), e);
        }
        return parse(file, text);
    }

    /**
     * Parses CSV text.
     *
     * @param file the file name to use in messages
     * @param text the text
     * @return the table
     */
    public static CsvTable parse(Path file, String text) {
        int end = text.indexOf('\n');
        char separator = CsvReader.separatorOf(end < 0 ? text : text.substring(0, end));
        List<CsvRecord> records;
        try {
            // The header, the rows, and one more to tell that there are too many.
            records = CsvReader.read(new StringReader(text), separator, MAX_ROWS + 2).stream()
                    .filter(record -> !record.blank()).toList();
        } catch (UnclosedQuoteException e) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                    LocalizedText.of(CsvText.UNCLOSED_QUOTE, file, e.line()), e);
        } catch (CsvReader.TooManyRecordsException e) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, LocalizedText.of(CsvText.TOO_MANY_ROWS, file), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, CsvText.EMPTY, file);
        }
        if (records.size() > MAX_ROWS + 1) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, CsvText.TOO_MANY_ROWS, file);
        }
        List<String> columns = records.get(0).cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (CsvRecord record : records.subList(1, records.size())) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(columns.size(), record.cells().size()); i++) {
                values.putIfAbsent(columns.get(i), record.cells().get(i));
            }
            rows.add(new Row(file, Math.toIntExact(record.line()), values));
        }
        return new CsvTable(file, columns, rows);
    }

    /**
     * Fails unless one of the names is a column.
     *
     * @param names a column name and its aliases
     * @throws TraslocoException ({@code BAD_INPUT}) naming the missing column and those present
     */
    public void requireColumn(String... names) {
        for (String name : names) {
            if (columns.contains(name.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, CsvText.MISSING_COLUMN, file, names[0],
                String.join(", ", columns));
    }
}
