package org.trasloco.app.wizard.invite;

import java.time.Clock;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.invites.ServerInvitationReport;
import org.trasloco.move.invites.ServerInvitations;
import org.trasloco.xmpp.password.Password;

/**
 * "Have your server make the invitations": asks the user's server for an invitation per person
 * (and who joined since), with the session's password or one typed here; the work is
 * {@link ServerInvitations}. When done, the step reloads: the texts and cards carry the invitations.
 */
final class ServerInvitesPane extends VBox {

    private final WizardContext context;
    private final WizardTexts texts;
    private final MoveChoices choices;
    private final Runnable done;
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private final Label intro = new Label();
    private final Label passwordLabel = new Label();
    private final PasswordField password = new PasswordField();
    private final Button ask = new Button();
    private final Label status = new Label();
    private ChosenAccount account;

    /**
     * The pane.
     *
     * @param context the wizard
     * @param done told when the server made the invitations (the step shows them)
     */
    ServerInvitesPane(WizardContext context, Runnable done) {
        this.context = context;
        this.texts = context.texts();
        this.choices = context.state().choices();
        this.done = done;
        setSpacing(8);
        getStyleClass().add("notice");
        setId("serverInvites");
        for (Label label : new Label[] {intro, passwordLabel, status}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        password.setPrefColumnCount(18);
        password.setId("serverInvitesPassword");
        password.setAccessibleText(texts.get("invite.server.password.accessible"));
        passwordLabel.setLabelFor(password);
        ask.setId("serverInvitesAsk");
        ask.setOnAction(event -> run());
        password.setOnAction(event -> run());
        ask.disableProperty().bind(working);
        password.disableProperty().bind(working);
        status.setId("serverInvitesStatus");
        FlowPane controls = new FlowPane(10, 8, password, ask);
        getChildren().setAll(intro, passwordLabel, controls, status);
        setManaged(false);
        setVisible(false);
    }

    /**
     * Offered for an account with people to invite; hidden otherwise.
     *
     * @param chosen the move's account, or {@code null}
     * @param anyone whether anyone is to be invited
     */
    void offer(ChosenAccount chosen, boolean anyone) {
        this.account = chosen;
        boolean shown = chosen != null && anyone;
        setManaged(shown);
        setVisible(shown);
        if (!shown) {
            return;
        }
        String domain = chosen.address().domain();
        intro.setText(texts.get("invite.server.intro", domain));
        ask.setText(texts.get("invite.server.ask", domain));
        ask.setAccessibleText(texts.get("invite.server.ask.accessible", domain));
        boolean needsPassword = context.state().password().get() == null;
        passwordLabel.setText(needsPassword ? texts.get("invite.server.password", chosen.address()) : "");
        passwordLabel.setManaged(needsPassword);
        password.setManaged(needsPassword);
        password.setVisible(needsPassword);
    }

    private void run() {
        Password known = context.state().password().get();
        Password secret = known;
        if (secret == null) {
            String typed = password.getText();
            password.clear();
            if (typed == null || typed.isEmpty()) {
                status.setText(texts.get("invite.server.passwordEmpty"));
                return;
            }
            secret = Password.of(typed);
        }
        Password used = secret;
        AccountAccess access = new AccountAccess(account, used, texts.locale());
        ServerInvitations invitations = new ServerInvitations(choices, account.address(), Clock.systemUTC());
        working.set(true);
        status.setText(texts.get("invite.server.working", account.address().domain()));
        Tasks.create(() -> invitations.run(access, ProgressListener.NONE, Cancellation.NEVER))
                .onSuccess(report -> {
                    if (known == null) {
                        // The password works: kept in the wizard's memory for this session, as the history step does.
                        context.state().password().set(used);
                    }
                    shown(report);
                })
                .onError(TraslocoException.class, problem -> {
                    if (known == null) {
                        used.wipe();
                    } else if (problem.kind() == TraslocoException.Kind.REFUSED) {
                        context.state().password().set(null);
                    }
                    status.setText(texts.get(problem.text()));
                })
                .andFinally(() -> working.set(false))
                .runOnce(context.jobs());
    }

    private void shown(ServerInvitationReport report) {
        status.setText(report.summary().stream().map(texts::get).collect(Collectors.joining("\n")));
        offer(account, true);
        if (report.offered()) {
            done.run();
        }
    }
}
