package org.trasloco.app.wizard.account;

import java.nio.file.Path;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.qr.QrReader;
import org.trasloco.xmpp.invitation.Invitation;
import org.trasloco.xmpp.invitation.InvitationUri;

/**
 * The "invitation" way: a pasted {@code xmpp:} or web link, or a picture of its QR code, read and
 * explained; an invitation that allows a new account becomes where the address is created.
 */
public final class InvitationController {

    private final WizardContext context;
    private AccountFlow flow;
    private Invitation invitation;

    @FXML
    private TextField link;
    @FXML
    private Button read;
    @FXML
    private Button picture;
    @FXML
    private Label result;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public InvitationController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        link.setOnAction(event -> readLink(link.getText()));
        read.setOnAction(event -> readLink(link.getText()));
        picture.setOnAction(event -> choosePicture());
    }

    /** Joins the step's other parts. */
    void attach(AccountFlow shared) {
        this.flow = shared;
        read.disableProperty().bind(flow.busy());
        picture.disableProperty().bind(flow.busy());
    }

    /** Offers this way's invitation again when the user comes back to it. */
    void shown() {
        offer(invitation);
    }

    private void readLink(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            offer(InvitationUri.parse(text));
        } catch (TraslocoException e) {
            refuse(e);
        }
    }

    private void choosePicture() {
        WizardTexts texts = context.texts();
        Optional<Path> file = context.dialogs().openFile(link.getScene().getWindow(), texts.get("account.invitation.picture.title"),
                texts.get("account.invitation.picture.files"), "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp");
        if (file.isEmpty()) {
            return;
        }
        flow.busy().set(true);
        Tasks.create(() -> InvitationUri.parse(QrReader.read(file.get())))
                .onSuccess(read -> {
                    link.setText(read.uri());
                    offer(read);
                })
                .onError(TraslocoException.class, this::refuse)
                .andFinally(() -> flow.busy().set(false))
                .runOnce(context.jobs());
    }

    private void offer(Invitation read) {
        invitation = read;
        if (read == null) {
            result.setText("");
            flow.target(null);
            return;
        }
        WizardTexts texts = context.texts();
        result.getStyleClass().remove("error-message");
        result.setText(switch (read.kind()) {
            case ACCOUNT -> texts.get("account.invitation.account", read.domain());
            case NAMED_ACCOUNT -> texts.get("account.invitation.named", read.requiredName().orElseThrow(), read.domain());
            case CONTACT -> read.allowsRegistration()
                    ? texts.get("account.invitation.contact", read.inviter().orElseThrow(), read.domain())
                    : texts.get("account.invitation.contactOnly", read.inviter().orElseThrow());
        });
        boolean creates = read.allowsRegistration();
        if (!creates) {
            result.getStyleClass().add("error-message");
        }
        flow.target(creates ? new SignUpTarget(read.domain(), read) : null);
    }

    private void refuse(TraslocoException error) {
        invitation = null;
        flow.target(null);
        result.setText(ErrorView.plainMessage(error, context.texts()));
        if (!result.getStyleClass().contains("error-message")) {
            result.getStyleClass().add("error-message");
        }
    }
}
