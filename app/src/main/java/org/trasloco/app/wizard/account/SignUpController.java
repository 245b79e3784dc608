package org.trasloco.app.wizard.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.account.NameSuggestions;
import org.trasloco.move.account.SignUp;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.connection.UntrustedCertificateException;
import org.trasloco.xmpp.invitation.Invitation;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.providers.ProviderCatalogue;
import org.trasloco.xmpp.registration.CreatedAccount;
import org.trasloco.xmpp.registration.NewAccountName;
import org.trasloco.xmpp.registration.RegistrationRefusedException;

/**
 * Creates the new address, on the server chosen or the invitation's: the name, checked as it is
 * typed; the password (its own part); the server's own form when it asks for more; and what to do
 * when it refuses (another name, a new CAPTCHA, its web page, a certificate to compare).
 */
public final class SignUpController {

    /** How many CAPTCHAs one "create" may answer before it gives up and says so. */
    private static final int CAPTCHA_ATTEMPTS = 3;

    private final WizardContext context;
    private final NameSuggestions suggestions = new NameSuggestions(RandomGenerator.getDefault());
    private AccountFlow flow;
    private StepFeedback feedback;
    private ServerFormView serverForm;
    private Task<CreatedAccount> running;

    @FXML
    private Label nameTitle;
    @FXML
    private TextField name;
    @FXML
    private Label atServer;
    @FXML
    private Label nameCheck;
    @FXML
    private VBox suggestionsBox;
    @FXML
    private PasswordController passwordController;
    @FXML
    private Button create;
    @FXML
    private VBox form;
    @FXML
    private VBox feedbackBox;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public SignUpController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        WizardTexts texts = context.texts();
        feedback = new StepFeedback(feedbackBox, texts);
        serverForm = new ServerFormView(form, texts, context.services().links());
        name.textProperty().addListener((o, old, text) -> checkName());
        name.setOnAction(event -> create());
        create.setOnAction(event -> create());
    }

    /** Joins the step's other parts. */
    void attach(AccountFlow shared) {
        this.flow = shared;
        passwordController.attach(flow.busy(), this::create);
        flow.target().addListener((o, old, target) -> retarget(target));
        List<Observable> dependencies = new ArrayList<>(List.of(flow.busy(), flow.target(), name.textProperty()));
        dependencies.addAll(List.of(passwordController.dependencies()));
        create.disableProperty().bind(Bindings.createBooleanBinding(() -> !canCreate(),
                dependencies.toArray(Observable[]::new)));
    }

    /** Clears the typed passwords (when the step is left or the window closes). */
    void wipe() {
        passwordController.wipeTyped();
    }

    /** Forgets everything secret (when the window closes). */
    void wipeAll() {
        passwordController.wipeAll();
    }

    /** Shows a new password when the one shown went into an account. */
    void shown() {
        passwordController.shown();
    }

    private void retarget(SignUpTarget target) {
        feedback.clear();
        suggestionsBox.getChildren().clear();
        if (target == null) {
            return;
        }
        WizardTexts texts = context.texts();
        nameTitle.setText(texts.get("account.name", target.domain()));
        atServer.setText("@" + target.domain());
        Optional<String> fixed = target.invitation() == null ? Optional.empty() : target.invitation().requiredName();
        name.setDisable(fixed.isPresent());
        if (fixed.isPresent()) {
            name.setText(fixed.get());
        } else if (name.getText() == null || name.getText().isBlank()) {
            NameSuggestions.personName(context.state().choices()).flatMap(NameSuggestions::fromPersonName)
                    .ifPresent(name::setText);
        }
        create.setText(texts.get("account.create", target.domain()));
        checkName();
    }

    private void checkName() {
        SignUpTarget target = flow == null ? null : flow.target().get();
        WizardTexts texts = context.texts();
        nameCheck.getStyleClass().removeAll("ok-message", "error-message");
        NewAccountName.Verdict verdict = NewAccountName.check(name.getText());
        if (verdict instanceof NewAccountName.Usable usable) {
            nameCheck.setManaged(target != null);
            nameCheck.setText(target == null ? "" : texts.get("account.name.will", usable.name() + "@" + target.domain()));
            nameCheck.getStyleClass().add("ok-message");
            return;
        }
        NewAccountName.Unusable problem = (NewAccountName.Unusable) verdict;
        // Nothing typed: nothing to say, and no empty line under the field.
        nameCheck.setManaged(problem.problem() != NewAccountName.Problem.EMPTY);
        nameCheck.setText(switch (problem.problem()) {
            case EMPTY -> "";
            case WHOLE_ADDRESS -> texts.get("account.name.wholeAddress", problem.detail());
            case SPACE -> texts.get("account.name.space");
            case CHARACTER -> texts.get("account.name.character", problem.detail());
            case TOO_LONG -> texts.get("account.name.tooLong");
            case INVALID -> texts.get("account.name.invalid");
        });
        nameCheck.getStyleClass().add("error-message");
    }

    private boolean canCreate() {
        return flow != null && !flow.busy().get() && flow.target().get() != null
                && NewAccountName.check(name.getText()) instanceof NewAccountName.Usable && passwordController.ready();
    }

    private void create() {
        SignUpTarget target = flow.target().get();
        if (!canCreate() || target == null) {
            return;
        }
        String wanted = ((NewAccountName.Usable) NewAccountName.check(name.getText())).name();
        boolean typed = passwordController.typed();
        Password password = passwordController.take();
        ServerAddress server = flow.server(target.domain());
        Invitation invitation = target.invitation();
        WizardTexts texts = context.texts();
        ServerList servers = flow.servers().get();
        SignUp signUp = new SignUp(servers == null ? ProviderCatalogue.bundled() : servers.advice().catalogue(),
                texts.locale());
        ServerQuestions questions = new ServerQuestions(serverForm);
        // A typed password is taken from its field again for the next try; the one made stays shown.
        Runnable forget = () -> {
            if (typed) {
                password.wipe();
            }
        };
        flow.busy().set(true);
        suggestionsBox.getChildren().clear();
        feedback.working(texts.get("account.creating", wanted + "@" + server.domain()), () -> running.cancel(true));
        running = Tasks.create(() -> signUp.create(server, wanted, password, invitation, questions, CAPTCHA_ATTEMPTS))
                .onSuccess(created -> {
                    feedback.clear();
                    passwordController.used();
                    flow.finish(new ChosenAccount(XmppAddress.account(created.jid()), server), password, created, !typed);
                })
                .onError(UntrustedCertificateException.class, untrusted -> feedback.certificate(untrusted, () -> {
                    forget.run();
                    flow.confirm(untrusted.domain(), untrusted.presented());
                    create();
                }, forget))
                .onError(RegistrationRefusedException.class, refused -> {
                    forget.run();
                    refused(refused, wanted);
                })
                .onError(TraslocoException.class, error -> {
                    forget.run();
                    if (error.kind() == TraslocoException.Kind.CANCELLED) {
                        feedback.message(texts.get("account.create.stopped"), "hint");
                    } else {
                        feedback.error(error);
                    }
                })
                .andFinally(() -> {
                    flow.busy().set(false);
                    serverForm.close();
                    if (running.isCancelled()) {
                        forget.run();
                        feedback.message(texts.get("account.create.stopped"), "hint");
                    }
                })
                .runOnce(context.jobs());
    }

    private void refused(RegistrationRefusedException refused, String wanted) {
        WizardTexts texts = context.texts();
        String said = ErrorView.plainMessage(refused, texts);
        switch (refused.reason()) {
            case NAME_TAKEN, NAME_NOT_ALLOWED -> {
                feedback.message(said, "error-message");
                offerNames(wanted);
                name.requestFocus();
            }
            case CAPTCHA_WRONG -> feedback.message(said + " " + texts.get("account.form.tryAgain"), "error-message");
            case WEB_PAGE_ONLY -> {
                FlowPane buttons = new FlowPane(10, 8);
                refused.webPage().ifPresent(page -> {
                    Button open = new Button(texts.get("account.web.open"));
                    open.setAccessibleText(texts.get("account.web.open.accessible"));
                    open.setOnAction(event -> context.services().links().open(page));
                    buttons.getChildren().add(open);
                });
                Button have = new Button(texts.get("account.web.haveNow"));
                have.setAccessibleText(texts.get("account.web.haveNow.accessible"));
                have.setOnAction(event -> flow.way().set(AccountWay.EXISTING));
                buttons.getChildren().add(have);
                VBox notice = new VBox(8, StepFeedback.wrapped(said), buttons);
                notice.getStyleClass().add("notice");
                feedback.show(notice);
            }
        }
    }

    private void offerNames(String taken) {
        List<String> names = suggestions.after(taken, NameSuggestions.personName(context.state().choices()));
        if (names.isEmpty()) {
            return;
        }
        WizardTexts texts = context.texts();
        FlowPane buttons = new FlowPane(8, 6);
        for (String suggestion : names) {
            Button use = new Button(suggestion);
            use.getStyleClass().add("name-suggestion");
            use.setAccessibleText(texts.get("account.name.suggestion.accessible", suggestion));
            use.setOnAction(event -> {
                name.setText(suggestion);
                name.requestFocus();
                name.end();
            });
            buttons.getChildren().add(use);
        }
        suggestionsBox.getChildren().setAll(StepFeedback.wrapped(texts.get("account.name.suggestions")), buttons);
    }
}
