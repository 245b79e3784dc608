package org.trasloco.app.wizard.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trasloco.core.error.TraslocoException;

/**
 * An error as a person should see it: what happened and what to do, in plain words; the technical
 * detail folded away, with a button that copies it for whoever helps. Never a bare stack trace.
 */
public final class ErrorView extends VBox {

    /**
     * Shows an error.
     *
     * @param error what went wrong
     * @param texts the window's language
     */
    public ErrorView(Throwable error, WizardTexts texts) {
        getStyleClass().add("error-view");
        setSpacing(6);
        Label message = new Label(plainMessage(error, texts));
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("error-message");
        message.setAccessibleText(message.getText());

        TextArea details = new TextArea(technicalDetails(error));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        details.setAccessibleText(texts.get("error.details"));
        Button copy = new Button(texts.get("error.copy"));
        copy.setAccessibleText(texts.get("error.copy.accessible"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(message.getText() + "\n\n" + details.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(texts.get("error.copied"));
        });
        TitledPane folded = new TitledPane(texts.get("error.details"), new VBox(6, details, new HBox(copy)));
        folded.setExpanded(false);
        folded.setAccessibleText(texts.get("error.details.accessible"));
        getChildren().addAll(message, folded);
    }

    /** The sentence for the user: the domain message in their language, or a general apology. */
    public static String plainMessage(Throwable error, WizardTexts texts) {
        if (error instanceof TraslocoException domain) {
            return texts.get(domain.text());
        }
        return texts.get("error.unexpected");
    }

    private static String technicalDetails(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
