package org.trasloco.app.wizard.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Something shown large over a step, for someone sitting next to the user (a QR code to scan, a page
 * to read): a card over a dimmed step, closed with its button or the Escape key. While it shows, the
 * step beneath takes no clicks and no keyboard focus.
 */
public final class Overlay extends StackPane {

    private final Node beneath;
    private final Label title = new Label();
    private final StackPane body = new StackPane();
    private final Label caption = new Label();
    private final Button close;

    /**
     * An overlay over a step's content.
     *
     * @param beneath the step's content, disabled while the overlay shows
     * @param texts the window's language
     */
    public Overlay(Node beneath, WizardTexts texts) {
        this.beneath = beneath;
        getStyleClass().add("overlay");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.getStyleClass().add("overlay-caption");
        close = new Button(texts.get("overlay.close"));
        close.setId("overlayClose");
        close.setAccessibleText(texts.get("overlay.close.accessible"));
        close.setOnAction(event -> hide());
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox card = new VBox(12, title, body, caption, close);
        card.getStyleClass().add("overlay-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().add(card);
        setVisible(false);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                hide();
                event.consume();
            }
        });
    }

    /**
     * Shows something.
     *
     * @param heading what it is, e.g. "Ada's invitation"
     * @param content the picture
     * @param text a line under it, e.g. the link the code holds
     * @param accessible what a screen reader says about it
     */
    public void show(String heading, Node content, String text, String accessible) {
        title.setText(heading);
        body.getChildren().setAll(content);
        caption.setText(text);
        caption.setVisible(text != null && !text.isEmpty());
        caption.setManaged(caption.isVisible());
        setAccessibleText(accessible);
        content.setAccessibleText(accessible);
        beneath.setDisable(true);
        setVisible(true);
        close.requestFocus();
    }

    /** Closes it; the step beneath works again. */
    public void hide() {
        if (isVisible()) {
            setVisible(false);
            body.getChildren().clear();
            beneath.setDisable(false);
            beneath.requestFocus();
        }
    }

    /** Whether it shows. */
    public boolean showing() {
        return isVisible();
    }

    /** The side of the largest square the content may take: most of the step, below the heading, above the button. */
    public double contentSide() {
        double em = close.getFont().getSize();
        return Math.max(8 * em, Math.min(getWidth() * 0.85, getHeight() - 12 * em));
    }
}
