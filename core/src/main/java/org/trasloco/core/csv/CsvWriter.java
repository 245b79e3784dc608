package org.trasloco.core.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV that spreadsheet programs open as it was meant: cells with the separator, a quote or a
 * line break are quoted, quotes doubled; a cell a spreadsheet would run as a formula ({@code =},
 * {@code +}, {@code -}, {@code @} first) gets a leading apostrophe, which {@link CsvReader} removes.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {
    }

    /**
     * Writes one record and its line end ({@code \r\n}).
     *
     * @param out where to
     * @param separator the separator
     * @param cells the cells
     * @throws IOException when writing fails
     */
    public static void writeRow(Writer out, char separator, List<String> cells) throws IOException {
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

    /** A cell as read, without the apostrophe that {@link #defuse} put before a formula-like one. */
    static String undefused(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    private static String quote(String cell, char separator) {
        if (cell.indexOf(separator) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
