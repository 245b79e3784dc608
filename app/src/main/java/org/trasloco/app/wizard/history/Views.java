package org.trasloco.app.wizard.history;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small things the history step's views do again and again. */
final class Views {

    private Views() {
    }

    /** Shows a node and gives it its room, or hides it and takes its room away. */
    static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Sets a label's text and shows it only when there is one. */
    static void text(Label label, String text) {
        label.setText(text);
        show(label, !text.isEmpty());
    }

    /** A label that wraps its text over as many lines as it needs. */
    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
