package org.trasloco.app.wizard.account;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.providers.Provider;

/**
 * The end of the step: the address works; a password Trasloco made is shown once more to write
 * down; the credentials card prints (the button shows only with a printer); another address can be
 * chosen instead.
 */
public final class DoneController {

    private final WizardContext context;
    private final CredentialsPrinter printer;
    private AccountFlow flow;

    @FXML
    private Label doneLabel;
    @FXML
    private Label doneDetail;
    @FXML
    private VBox donePasswordBox;
    @FXML
    private PasswordDisplay donePassword;
    @FXML
    private Button donePrint;
    @FXML
    private Button another;
    @FXML
    private Label printStatus;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public DoneController(WizardContext context) {
        this.context = context;
        this.printer = new CredentialsPrinter(context);
    }

    @FXML
    private void initialize() {
        donePrint.setOnAction(event -> print());
        AccountController.show(donePrint, printer.available());
    }

    /** Joins the step's other parts; {@code another} starts the step again. */
    void attach(AccountFlow shared, Runnable chooseAnother) {
        this.flow = shared;
        another.setOnAction(event -> chooseAnother.run());
    }

    /** Shows the account that works. */
    void show(ChosenAccount account, Password password) {
        WizardTexts texts = context.texts();
        doneLabel.setText(texts.get("account.done", account.address().toString()));
        String detail = texts.get("account.done.detail");
        doneDetail.setText(flow.created().flatMap(created -> created.invitedBy().map(inviter -> created.inviterIsContact()
                ? texts.get("account.done.contact", inviter) : texts.get("account.done.notYetContact", inviter)))
                .map(contact -> detail + " " + contact).orElse(detail));
        boolean made = flow.passwordGenerated();
        AccountController.show(donePasswordBox, made);
        if (made) {
            donePassword.show(password.reveal(), texts.get("account.password.generated.accessible", password.reveal()));
        } else {
            donePassword.clear();
        }
        printStatus.setText("");
        AccountController.show(printStatus, false);
    }

    private void print() {
        ChosenAccount account = context.state().account().get();
        Password password = context.state().password().get();
        if (account == null || password == null) {
            return;
        }
        ServerList servers = flow.servers().get();
        Optional<Provider> server = servers == null ? Optional.empty()
                : servers.advice().catalogue().find(account.address().domain());
        donePrint.setDisable(true);
        printStatus.setText(context.texts().get("account.print.preparing"));
        AccountController.show(printStatus, true);
        printer.print(donePrint.getScene().getWindow(), account, password, server, printed -> {
            donePrint.setDisable(false);
            printStatus.setText(printed ? context.texts().get("account.print.done")
                    : context.texts().get("account.print.notDone"));
        });
    }
}
