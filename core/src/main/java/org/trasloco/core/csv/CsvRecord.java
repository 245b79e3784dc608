package org.trasloco.core.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the line it starts on, from 1
 * @param cells its cells, as written (quotes removed)
 */
public record CsvRecord(long line, List<String> cells) {

    /**
     * Copies the cells.
     *
     * @param line the line
     * @param cells the cells
     */
    public CsvRecord {
        cells = List.copyOf(cells);
    }

    /**
     * The cell at an index.
     *
     * @param index from 0
     * @return the cell, or "" beyond the end of a short record
     */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /**
     * Whether every cell is blank (an empty line, or only separators).
     *
     * @return true when there is nothing in it
     */
    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
