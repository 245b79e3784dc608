package org.trasloco.importers.contacts;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma- or semicolon-separated values as spreadsheet programs write them (RFC 4180): fields with
 * the separator, a quote or a line break are quoted, quotes are doubled. A cell that a spreadsheet
 * would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) is written with a
 * leading apostrophe, which reading removes again.
 */
final class CsvTable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvTable() {
    }

    /**
     * A record of the file.
     *
     * @param line the line it starts on, from 1
     * @param cells its cells
     */
    record Row(long line, List<String> cells) {

        /** The cell at {@code index}, or "" beyond the end of a short row. */
        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** Whether every cell is blank. */
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Thrown for a quote that is never closed. */
    static final class UnclosedQuoteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        UnclosedQuoteException(long line) {
            super("quote opened on line " + line + " is never closed");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    static void writeRow(Writer out, char separator, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(quote(defuse(cells.get(i)), separator));
        }
        out.write("\r\n");
    }

    private static String defuse(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String quote(String cell, char separator) {
        if (cell.indexOf(separator) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** The separator of a file, from its first line: the most frequent of ; , and tab outside quotes. */
    static char separatorOf(String firstLine) {
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

    /** Reads every record; apostrophes put before formula-like cells are removed. */
    static List<Row> read(Reader in, char separator) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        long line = 1;
        long rowLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int c;
        while ((c = in.read()) >= 0) {
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
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
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
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                line++;
                rowLine = line;
            } else {
                cell.append((char) c);
            }
        }
        if (quoted) {
            throw new UnclosedQuoteException(rowLine);
        }
        if (!cells.isEmpty() || !cell.isEmpty() || wasQuoted) {
            cells.add(finish(cell));
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }

    private static String finish(StringBuilder cell) {
        String text = cell.toString();
        cell.setLength(0);
        if (text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }
}
