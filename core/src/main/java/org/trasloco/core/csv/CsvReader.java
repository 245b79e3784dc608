package org.trasloco.core.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheet programs write it (RFC 4180): quoted cells may hold the separator, line
 * breaks and doubled quotes; a byte-order mark is skipped; {@code \r\n}, {@code \n} and {@code \r}
 * end a record. A leading apostrophe that {@link CsvWriter} put before a formula-like cell is
 * removed again.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * The separator of a file, from its first line: the most frequent of {@code ,}, {@code ;} and
     * tab outside quotes (spreadsheets in many countries write semicolons).
     *
     * @param firstLine the file's first line
     * @return the separator; a comma when nothing tells
     */
    public static char separatorOf(String firstLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Reads every record, blank ones included (each knows its line).
     *
     * @param in the text; read to its end, not closed
     * @param separator the separator
     * @param maxRecords more records than this stop the reading
     * @return the records
     * @throws UnclosedQuoteException for a quote that is never closed
     * @throws TooManyRecordsException when there are more than {@code maxRecords}
     * @throws IOException when reading fails
     */
    public static List<CsvRecord> read(Reader in, char separator, int maxRecords) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean first = true;
        int c;
        while ((c = in.read()) >= 0) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
            } else if (c == '"' && !wasQuoted && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                cells.add(finish(cell));
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                cells.add(finish(cell));
                wasQuoted = false;
                add(records, new CsvRecord(recordLine, cells), maxRecords);
                cells.clear();
                line++;
                recordLine = line;
            } else {
                cell.append((char) c);
            }
        }
        if (quoted) {
            throw new UnclosedQuoteException(recordLine);
        }
        if (!cells.isEmpty() || !cell.isEmpty() || wasQuoted) {
            cells.add(finish(cell));
            add(records, new CsvRecord(recordLine, cells), maxRecords);
        }
        return records;
    }

    private static void add(List<CsvRecord> records, CsvRecord record, int maxRecords) throws TooManyRecordsException {
        if (records.size() >= maxRecords) {
            throw new TooManyRecordsException(maxRecords);
        }
        records.add(record);
    }

    private static String finish(StringBuilder cell) {
        String text = cell.toString();
        cell.setLength(0);
        return CsvWriter.undefused(text);
    }

    /** More records than the reader was asked to take: most likely the wrong file. */
    public static final class TooManyRecordsException extends IOException {

        private static final long serialVersionUID = 1L;

        TooManyRecordsException(int limit) {
            super("more than " + limit + " records");
        }
    }
}
