package org.trasloco.app.wizard.history;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.history.EarlierUpload;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.core.address.XmppAddress;

/**
 * The read-back: "12,408 of 12,408 messages confirmed", what it means, and for a difference what to
 * do (upload again: only what is missing is sent) and the details to copy for whoever helps.
 */
public final class ResultController {

    private final WizardTexts texts;
    private String details = "";
    private Runnable uploadAgain = () -> { };
    private Runnable checkAgain = () -> { };

    @FXML
    private Label resultCount;
    @FXML
    private Label meaning;
    @FXML
    private VBox media;
    @FXML
    private Button again;
    @FXML
    private Button copyDetails;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public ResultController(WizardContext context) {
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        copyDetails.setOnAction(event -> copy());
    }

    /** What "Upload again" and "Check again" do. */
    void onAgain(Runnable upload, Runnable check) {
        this.uploadAgain = upload;
        this.checkAgain = check;
    }

    /**
     * Shows a read-back.
     *
     * @param report what was found
     * @param mediaReport what happened to the photos and files, or {@code null}
     * @param account the account
     * @param path how the history went in
     * @param afterUpload whether it followed an upload (else it checked the operator's import)
     */
    void show(VerificationReport report, MediaReport mediaReport, XmppAddress account, UploadPath path,
            boolean afterUpload) {
        ResultTexts words = new ResultTexts(texts, account.domain());
        resultCount.setText(words.count(report.confirmed(), report.expected()));
        meaning.setText(words.meaning(report, afterUpload));
        media.getChildren().clear();
        if (mediaReport != null) {
            words.media(mediaReport).forEach(line -> media.getChildren().add(Views.wrapped(line)));
        }
        details = words.details(report, account.toString(), path);
        Views.show(copyDetails, !report.complete());
        // After a complete upload there is nothing to send again; a check can always be repeated.
        Views.show(again, !afterUpload || !report.complete());
        copyDetails.setText(texts.get("history.done.copy"));
        again.setText(afterUpload ? texts.get("history.done.again") : texts.get("history.done.checkAgain"));
        again.setOnAction(event -> (afterUpload ? uploadAgain : checkAgain).run());
    }

    /**
     * Shows the read-back an earlier session remembered, and who joined since: the next upload
     * moves their old chats to their new address.
     *
     * @param earlier what the workspace remembers
     * @param account the account
     */
    void showEarlier(EarlierUpload earlier, XmppAddress account) {
        MoveChoices.Verified verified = earlier.verified().orElseThrow();
        ResultTexts words = new ResultTexts(texts, account.domain());
        resultCount.setText(words.count(verified.confirmed(), verified.expected()));
        meaning.setText(words.earlier(verified, earlier.joinedSince()));
        media.getChildren().clear();
        Views.show(copyDetails, false);
        again.setText(texts.get("history.done.again"));
        again.setOnAction(event -> uploadAgain.run());
        Views.show(again, true);
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(resultCount.getText() + "\n" + details);
        Clipboard.getSystemClipboard().setContent(content);
        copyDetails.setText(texts.get("history.done.copied"));
    }
}
