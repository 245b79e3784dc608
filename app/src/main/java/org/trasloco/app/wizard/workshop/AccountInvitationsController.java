package org.trasloco.app.wizard.workshop;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.Throttled;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.move.MoveMessages;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.WorkshopChoices;
import org.trasloco.move.invites.WorkshopKits;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.password.Password;

/**
 * Workshop step, optional: the facilitator logs in as one of the server's administrators and
 * Trasloco has an account invitation created for each participant. The password stays in its field
 * for this one request and is never saved.
 */
public final class AccountInvitationsController implements StepController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final WorkshopChoices choices;
    private final ObservableList<PlannedParticipant> planned = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private WorkshopPlan plan;

    @FXML
    private ScrollPane scroll;
    @FXML
    private Label intro;
    @FXML
    private Label adminLabel;
    @FXML
    private TextField adminAddress;
    @FXML
    private Label passwordLabel;
    @FXML
    private PasswordField adminPassword;
    @FXML
    private TitledPane connection;
    @FXML
    private Label hostLabel;
    @FXML
    private TextField host;
    @FXML
    private Label portLabel;
    @FXML
    private TextField port;
    @FXML
    private Label pinLabel;
    @FXML
    private TextField pin;
    @FXML
    private Button create;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label status;
    @FXML
    private VBox problems;
    @FXML
    private TableView<PlannedParticipant> table;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public AccountInvitationsController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
        this.choices = WorkshopChoices.of(context.state().workspace());
    }

    @FXML
    private void initialize() {
        FocusFollowingScroll.install(scroll);
        adminLabel.setLabelFor(adminAddress);
        passwordLabel.setLabelFor(adminPassword);
        hostLabel.setLabelFor(host);
        portLabel.setLabelFor(port);
        pinLabel.setLabelFor(pin);
        PlanTable.setUp(table, texts, true);
        table.setItems(planned);
        progress.setVisible(false);
        create.disableProperty().bind(busy.or(adminAddress.textProperty().isEmpty())
                .or(adminPassword.textProperty().isEmpty()));
        create.setOnAction(event -> createInvitations());
        adminPassword.setOnAction(event -> createInvitations());
        choices.admin().ifPresent(this::showAdmin);
    }

    @Override
    public ObservableBooleanValue ready() {
        return busy.not();
    }

    @Override
    public void shown() {
        WorkshopPlan.load(context, choices, busy, problems, this::show);
    }

    private void show(Optional<WorkshopPlan> read) {
        plan = read.orElse(null);
        String server = plan == null ? "" : plan.kits().server();
        intro.setText(texts.get("invitations.intro", server));
        adminAddress.setPromptText(texts.get("invitations.admin.prompt", server));
        planned.setAll(plan == null ? List.of() : plan.participantsPlanned());
        showStatus();
    }

    private void showStatus() {
        long invited = planned.stream().filter(p -> p.participant().accountToken() != null).count();
        status.setText(plan == null ? "" : texts.get("invitations.status", planned.size(), invited));
    }

    private void showAdmin(ChosenAccount admin) {
        adminAddress.setText(admin.address().toString());
        ServerAddress server = admin.server();
        server.explicitHost().ifPresent(host::setText);
        if (server.port() > 0) {
            port.setText(Integer.toString(server.port()));
        }
        server.pinned().ifPresent(pinned -> pin.setText(pinned.display()));
        connection.setExpanded(server.explicitHost().isPresent() || server.pinned().isPresent());
    }

    private void createInvitations() {
        if (plan == null || busy.get() || adminAddress.getText().isBlank() || adminPassword.getText().isEmpty()) {
            return;
        }
        problems.getChildren().clear();
        ChosenAccount admin;
        try {
            admin = adminAccount();
        } catch (TraslocoException wrong) {
            problems.getChildren().setAll(new ErrorView(wrong, texts));
            return;
        }
        Password password = Password.of(adminPassword.getText());
        adminPassword.clear();
        WorkshopKits kits = plan.kits();
        List<PlannedParticipant> before = List.copyOf(planned);
        busy.set(true);
        progress.setVisible(true);
        progress.setProgress(-1);
        Throttled<Double> shown = new Throttled<>(progress::setProgress);
        shown.start();
        Tasks.create(() -> {
            List<PlannedParticipant> invited = kits.createAccountInvitations(before,
                    new AccountAccess(admin, password, texts.locale()).opener(),
                    (done, total) -> shown.offer(total == 0 ? 1.0 : (double) done / total), Cancellation.NEVER);
            choices.admin(admin);
            choices.tokens(WorkshopKits.tokensOf(invited));
            return invited;
        }).onSuccess(invited -> {
            planned.setAll(invited);
            showStatus();
        }).onError(Exception.class, error -> problems.getChildren().setAll(new ErrorView(error, texts)))
                .andFinally(() -> {
                    password.wipe();
                    shown.stop();
                    progress.setVisible(false);
                    busy.set(false);
                })
                .runOnce(context.jobs());
    }

    /** The administrator account as typed, reached the way the connection details say. */
    private ChosenAccount adminAccount() {
        AccountAddress address = AccountAddress.parse(adminAddress.getText().strip());
        ServerAddress server = ServerAddress.of(address.domain());
        if (!host.getText().isBlank()) {
            server = server.withHost(host.getText().strip());
        }
        if (!port.getText().isBlank()) {
            server = server.withPort(parsePort(port.getText().strip()));
        }
        if (!pin.getText().isBlank()) {
            server = server.withPin(CertificatePin.parse(pin.getText()));
        }
        return new ChosenAccount(address, server);
    }

    private static int parsePort(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0 && value < 65536) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Explained below, like any other port that cannot be.
        }
        throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.PORT_INVALID, text);
    }
}
