package org.trasloco.app.wizard.common;

import java.util.Arrays;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column widths that fit their words at the window's text size and in its language: a header is
 * never cut off ("Messa…"), and a column of short, known texts (a period, a source) shows them whole.
 */
public final class TableColumns {

    /** Room for the cell's padding and the header's sort arrow. */
    private static final double PADDING_EM = 2.2;

    private TableColumns() {
    }

    /**
     * Makes every column at least as wide as its header.
     *
     * @param table the table
     * @param fontSize the window's text size in pixels
     */
    public static void fitHeaders(TableView<?> table, double fontSize) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            double header = width(column.getText(), fontSize, FontWeight.BOLD) + PADDING_EM * fontSize;
            column.setMinWidth(Math.max(column.getMinWidth(), header));
            column.setPrefWidth(Math.max(column.getPrefWidth(), header));
        }
    }

    /**
     * Makes a column wide enough for the longest of some texts its cells show.
     *
     * @param column the column
     * @param fontSize the window's text size in pixels
     * @param texts texts the cells show
     */
    public static void fitTexts(TableColumn<?, ?> column, double fontSize, String... texts) {
        double widest = Arrays.stream(texts).mapToDouble(text -> width(text, fontSize, FontWeight.NORMAL)).max()
                .orElse(0) + PADDING_EM * fontSize;
        column.setPrefWidth(Math.max(column.getPrefWidth(), widest));
        column.setMinWidth(Math.max(column.getMinWidth(), Math.min(widest, 18 * fontSize)));
    }

    private static double width(String text, double fontSize, FontWeight weight) {
        Text measured = new Text(text == null ? "" : text);
        measured.setFont(Font.font(Font.getDefault().getFamily(), weight, fontSize));
        return measured.getLayoutBounds().getWidth();
    }
}
