package org.trasloco.app.wizard.account;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.password.Password;

/**
 * A move continued: the address chosen before is known (with the certificate trusted for it), its
 * password is not kept, so only the password is asked, and checked by logging in.
 */
public final class ResumeController {

    private final WizardContext context;
    private AccountFlow flow;

    @FXML
    private Label resumeLabel;
    @FXML
    private PasswordField resumePassword;
    @FXML
    private Button resumeCheck;
    @FXML
    private Button resumeOther;
    @FXML
    private VBox resumeFeedback;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public ResumeController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        resumeCheck.setOnAction(event -> check());
        resumePassword.setOnAction(event -> check());
    }

    /** Joins the step's other parts; {@code another} starts the step again. */
    void attach(AccountFlow shared, Runnable chooseAnother) {
        this.flow = shared;
        resumeCheck.disableProperty().bind(flow.busy());
        resumeOther.setOnAction(event -> chooseAnother.run());
    }

    /** Asks for the password of the known account. */
    void show(ChosenAccount account) {
        resumeLabel.setText(context.texts().get("account.resume", account.address().toString()));
    }

    /** Clears the typed password and what was said (when the step is left, or another address is chosen). */
    void wipe() {
        resumePassword.clear();
        resumeFeedback.getChildren().clear();
    }

    private void check() {
        ChosenAccount known = context.state().account().get();
        if (known == null || resumePassword.getText().isEmpty() || flow.busy().get()) {
            return;
        }
        Password typed = Password.of(resumePassword.getText());
        LoginCheck login = new LoginCheck(flow, new StepFeedback(resumeFeedback, context.texts()));
        String domain = known.address().domain();
        known.server().pinned().ifPresent(pin -> flow.confirm(domain, pin));
        login.run(() -> new ChosenAccount(known.address(), known.server().withPin(flow.server(domain).pin())), typed,
                resumePassword::clear);
    }
}
