package org.trasloco.app.wizard.account;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * A password shown in large letters, one word to a piece: when the line is too short (large text,
 * a narrow window) it continues after a dash, never inside a word, so what is written down is what
 * was shown. A screen reader reads the whole password at once.
 */
public final class PasswordDisplay extends FlowPane {

    private String password = "";

    /** An empty display (by the FXML loader). */
    public PasswordDisplay() {
        getStyleClass().add("password-large");
        setAccessibleRole(AccessibleRole.TEXT);
        // Never wider than the step: the pieces wrap instead.
        setPrefWrapLength(0);
        setMinWidth(0);
    }

    /**
     * Shows a password.
     *
     * @param shown the password
     * @param spoken what a screen reader says instead
     */
    void show(String shown, String spoken) {
        password = shown;
        List<Label> pieces = new ArrayList<>();
        for (String piece : pieces(shown)) {
            Label label = new Label(piece);
            // Not a .label: the pieces are one text, looked up and read as the whole display.
            label.getStyleClass().setAll("password-part");
            label.setMinWidth(USE_PREF_SIZE);
            pieces.add(label);
        }
        getChildren().setAll(pieces);
        setAccessibleText(spoken);
    }

    /** Shows nothing. */
    void clear() {
        password = "";
        getChildren().clear();
        setAccessibleText(null);
    }

    /** The password shown, whole. */
    public String text() {
        return password;
    }

    /** The pieces a password is shown in: each word with the dash after it. */
    static List<String> pieces(String password) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int at = password.indexOf('-'); at >= 0; at = password.indexOf('-', start)) {
            pieces.add(password.substring(start, at + 1));
            start = at + 1;
        }
        if (start < password.length()) {
            pieces.add(password.substring(start));
        }
        return pieces;
    }
}
