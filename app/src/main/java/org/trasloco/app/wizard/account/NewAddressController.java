package org.trasloco.app.wizard.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.account.ProviderAdvice;
import org.trasloco.move.account.ProviderAdvice.ProviderOption;
import org.trasloco.xmpp.providers.CatalogueStore;

/**
 * The "new address" way: the servers advised for this history with their facts, two filters, a
 * field to add the community's own server, and what to do where accounts are created only on a
 * web page.
 */
public final class NewAddressController {

    private final WizardContext context;
    private AccountFlow flow;

    @FXML
    private Label history;
    @FXML
    private CheckBox keepsAll;
    @FXML
    private CheckBox inApp;
    @FXML
    private ListView<ProviderOption> servers;
    @FXML
    private Label listStatus;
    @FXML
    private TextField domain;
    @FXML
    private Button add;
    @FXML
    private Label addProblem;
    @FXML
    private VBox webOnly;
    @FXML
    private Label webOnlyLabel;
    @FXML
    private Button openPage;
    @FXML
    private Button haveNow;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public NewAddressController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        WizardTexts texts = context.texts();
        ProviderFacts facts = new ProviderFacts(texts);
        servers.setCellFactory(list -> new ProviderCell(facts));
        servers.setPlaceholder(new Label(texts.get("account.server.loading")));
        AccountController.show(webOnly, false);
        AccountController.show(addProblem, false);
        keepsAll.selectedProperty().addListener((o, old, on) -> refill());
        inApp.selectedProperty().addListener((o, old, on) -> refill());
        servers.getSelectionModel().selectedItemProperty().addListener((o, old, option) -> choose(option));
        domain.setOnAction(event -> addServer());
        add.setOnAction(event -> addServer());
        haveNow.setOnAction(event -> flow.way().set(AccountWay.EXISTING));
    }

    /** Joins the step's other parts. */
    void attach(AccountFlow shared) {
        this.flow = shared;
        add.disableProperty().bind(flow.busy());
        servers.disableProperty().bind(flow.busy());
        flow.servers().addListener((o, old, list) -> {
            describeHistory(list);
            refill();
        });
    }

    /** Says why there is no list of servers (the other ways, and adding a server, still work). */
    void serversUnavailable(TraslocoException error) {
        Label problem = StepFeedback.wrapped(context.texts().get("account.server.unavailable",
                ErrorView.plainMessage(error, context.texts())));
        problem.getStyleClass().add("error-message");
        servers.setPlaceholder(problem);
    }

        /** Offers this way's server again when the user comes back to it. */
    void shown() {
        choose(servers.getSelectionModel().getSelectedItem());
    }

    private void describeHistory(ServerList list) {
        WizardTexts texts = context.texts();
        history.setText(list.oldest().map(oldest -> texts.get("account.server.history", Date.from(oldest),
                ChronoUnit.DAYS.between(oldest, Instant.now()) / 365))
                .orElse(texts.get("account.server.noHistory")));
    }

    private void refill() {
        ServerList list = flow == null ? null : flow.servers().get();
        if (list == null) {
            return;
        }
        ProviderOption chosen = servers.getSelectionModel().getSelectedItem();
        List<ProviderOption> shown = list.options().stream()
                .filter(option -> option.community() || !keepsAll.isSelected() || Boolean.TRUE.equals(option.keepsHistory()))
                .filter(option -> option.community() || !inApp.isSelected() || option.signsUpInApp())
                .toList();
        servers.getItems().setAll(shown);
        listStatus.setText(context.texts().get("account.server.count", shown.size(), list.options().size()));
        if (chosen != null && shown.contains(chosen)) {
            servers.getSelectionModel().select(chosen);
        }
    }

    private void choose(ProviderOption option) {
        if (flow == null || flow.way().get() != AccountWay.NEW) {
            return;
        }
        if (option != null) {
            flow.serverInMind(option.provider().domain());
        }
        boolean webOnlyServer = option != null && option.signsUpOnlyOnTheWeb();
        AccountController.show(webOnly, webOnlyServer);
        if (webOnlyServer) {
            String page = option.provider().signUpPage(context.texts().locale()).orElse(null);
            webOnlyLabel.setText(page == null ? context.texts().get("account.web.noPage", option.provider().domain())
                    : context.texts().get("account.web.only", option.provider().domain(), page));
            AccountController.show(openPage, page != null);
            openPage.setOnAction(event -> context.services().links().open(page));
        }
        flow.target(option == null || webOnlyServer ? null : new SignUpTarget(option.provider().domain(), null));
    }

    private void addServer() {
        String typed = domain.getText() == null ? "" : domain.getText().strip();
        if (typed.isEmpty() || flow.busy().get()) {
            return;
        }
        flow.busy().set(true);
        AccountController.show(addProblem, false);
        Tasks.create(() -> {
            String added = new CatalogueStore(context.settings().cacheDirectory()).addCustomServer(typed).domain();
            ProviderAdvice advice = ProviderAdvice.from(context.settings().cacheDirectory());
            ServerList list = new ServerList(advice, advice.forMove(context.state().choices(), Instant.now()),
                    ProviderAdvice.oldestMoving(context.state().choices()));
            return new Added(added, list);
        }).onSuccess(result -> {
            domain.clear();
            flow.servers().set(result.list());
            result.list().options().stream().filter(option -> option.provider().domain().equals(result.domain()))
                    .findFirst().ifPresent(option -> {
                        servers.getSelectionModel().select(option);
                        servers.scrollTo(option);
                    });
        }).onError(TraslocoException.class, error -> {
            addProblem.setText(ErrorView.plainMessage(error, context.texts()));
            AccountController.show(addProblem, true);
        }).andFinally(() -> flow.busy().set(false)).runOnce(context.jobs());
    }

    private record Added(String domain, ServerList list) {
    }
}
