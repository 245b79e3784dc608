package org.trasloco.app.wizard.history;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.history.EarlierUpload;
import org.trasloco.xmpp.password.Password;

/**
 * The password of the account, asked again after a restart (Trasloco never saves it): the field is
 * emptied as soon as it is read, and the password is kept in the wizard's memory only once it works.
 */
public final class LoginController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private ChosenAccount account;
    private Consumer<Password> loggedIn = password -> { };

    @FXML
    private Label resumeNote;
    @FXML
    private Label passwordLabel;
    @FXML
    private PasswordField password;
    @FXML
    private Button login;
    @FXML
    private Label status;
    @FXML
    private Label passwordWhy;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public LoginController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        login.setOnAction(event -> logIn());
        password.setOnAction(event -> logIn());
        login.disableProperty().bind(working);
        password.disableProperty().bind(working);
    }

    /** What to do with a password that works. */
    void onLoggedIn(Consumer<Password> action) {
        this.loggedIn = action;
    }

    /**
     * Asks for an account's password.
     *
     * @param chosen the account
     * @param earlier what the workspace remembers of uploads to it (an upload under way is said)
     */
    void ask(ChosenAccount chosen, EarlierUpload earlier) {
        this.account = chosen;
        String domain = chosen.address().domain();
        passwordLabel.setText(texts.get("history.password.label", chosen.address()));
        passwordWhy.setText(texts.get("history.password.why", domain));
        Views.text(resumeNote, earlier.unfinished() ? texts.get("history.underWay", domain, earlier.confirmed()) : "");
        Views.text(status, "");
        // After the shell has put the focus on the step: the field is where the keyboard goes.
        Platform.runLater(password::requestFocus);
    }

    private void logIn() {
        String typed = password.getText();
        // Out of the field at once: the holder below is all that is left, and it is wiped if refused.
        password.clear();
        if (typed == null || typed.isEmpty()) {
            Views.text(status, texts.get("history.password.empty"));
            return;
        }
        Password secret = Password.of(typed);
        AccountAccess access = new AccountAccess(account, secret, texts.locale());
        working.set(true);
        status.getStyleClass().remove("error-message");
        Views.text(status, texts.get("history.login.working", account.address().domain()));
        Tasks.create(access::check)
                .onSuccess(checked -> {
                    Views.text(status, "");
                    loggedIn.accept(secret);
                })
                .onError(TraslocoException.class, problem -> {
                    secret.wipe();
                    Views.text(status, texts.get(problem.text()));
                    status.getStyleClass().add("error-message");
                })
                .andFinally(() -> {
                    working.set(false);
                    if (status.getStyleClass().contains("error-message")) {
                        password.requestFocus();
                    }
                })
                .runOnce(context.jobs());
    }
}
