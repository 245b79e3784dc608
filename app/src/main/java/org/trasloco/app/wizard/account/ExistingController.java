package org.trasloco.app.wizard.account;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.xmpp.password.Password;

/** The "address I already have" way: the address, its password, and a login that proves both work. */
public final class ExistingController {

    private final WizardContext context;
    private AccountFlow flow;
    private LoginCheck login;

    @FXML
    private Label addressLabel;
    @FXML
    private TextField address;
    @FXML
    private Label passwordLabel;
    @FXML
    private PasswordField password;
    @FXML
    private Button check;
    @FXML
    private VBox feedback;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public ExistingController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        addressLabel.setLabelFor(address);
        passwordLabel.setLabelFor(password);
        address.setOnAction(event -> password.requestFocus());
        password.setOnAction(event -> check());
        check.setOnAction(event -> check());
    }

    /** Joins the step's other parts. */
    void attach(AccountFlow shared) {
        this.flow = shared;
        this.login = new LoginCheck(shared, new StepFeedback(feedback, context.texts()));
        check.disableProperty().bind(flow.busy());
        flow.knownAccount().ifPresent(known -> address.setText(known.address().toString()));
    }

    /** Takes an address the user just created on a web page. */
    void prefill(String domain) {
        if (address.getText() == null || address.getText().isBlank()) {
            address.setText("@" + domain);
            address.positionCaret(0);
        }
    }

    /** Clears the typed password (when the step is left or the window closes). */
    void wipe() {
        password.clear();
    }

    private void check() {
        if (flow.busy().get() || password.getText().isEmpty()) {
            return;
        }
        XmppAddress parsed;
        try {
            parsed = XmppAddress.account(address.getText() == null ? "" : address.getText());
        } catch (TraslocoException e) {
            login.feedback().error(e);
            return;
        }
        Password typed = Password.of(password.getText());
        login.run(() -> new ChosenAccount(parsed, flow.server(parsed.domain())), typed, this::wipe);
    }
}
