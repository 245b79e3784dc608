package org.trasloco.app.wizard.account;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.xmpp.connection.UntrustedCertificateException;

/**
 * The place under a part of the step where it says what is happening: a job running (with a way
 * to stop it), an error in plain words, a certificate to compare, a short message.
 */
final class StepFeedback {

    private final VBox box;
    private final WizardTexts texts;

    StepFeedback(VBox box, WizardTexts texts) {
        this.box = box;
        this.texts = texts;
    }

    /** Says nothing. */
    void clear() {
        box.getChildren().clear();
    }

    /**
     * Shows that a job runs.
     *
     * @param what what it does, e.g. "Connecting to example.org…"
     * @param stop stops it, or {@code null} when it cannot be stopped
     */
    void working(String what, Runnable stop) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        spinner.setAccessibleText(what);
        Label label = wrapped(what);
        FlowPane row = new FlowPane(10, 8, spinner, label);
        row.getStyleClass().add("working");
        if (stop != null) {
            Button cancel = new Button(texts.get("account.stop"));
            cancel.setAccessibleText(texts.get("account.stop.accessible"));
            cancel.setOnAction(event -> stop.run());
            row.getChildren().add(cancel);
        }
        box.getChildren().setAll(row);
    }

    /** Shows an error in plain words, the details folded away. */
    void error(Throwable error) {
        box.getChildren().setAll(new ErrorView(error, texts));
    }

    /** Shows a short message, in a style ({@code error-message}, {@code ok-message}, …). */
    Label message(String text, String style) {
        Label label = wrapped(text);
        label.getStyleClass().add(style);
        box.getChildren().setAll(label);
        return label;
    }

    /**
     * Asks the user to compare a certificate's fingerprint.
     *
     * @param untrusted the certificate presented
     * @param trust runs when they say the fingerprints match
     * @param declined runs when they say they do not
     */
    void certificate(UntrustedCertificateException untrusted, Runnable trust, Runnable declined) {
        box.getChildren().setAll(new CertificatePrompt(untrusted, texts, () -> {
            clear();
            trust.run();
        }, () -> {
            message(texts.get("account.certificate.refused", untrusted.domain()), "error-message");
            declined.run();
        }));
    }

    /** Shows nodes of the caller's own. */
    void show(Node... nodes) {
        box.getChildren().setAll(nodes);
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
