package org.trasloco.app.wizard.account;

import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.connection.UntrustedCertificateException;
import org.trasloco.xmpp.password.Password;

/**
 * Logs in once to prove that an address and its password work, in the background: a certificate
 * the system does not trust is shown for the user to compare, and trusting it logs in again; the
 * step ends with the working account. The password is wiped unless it ends up in the state.
 */
final class LoginCheck {

    private final AccountFlow flow;
    private final StepFeedback feedback;

    LoginCheck(AccountFlow flow, StepFeedback feedback) {
        this.flow = flow;
        this.feedback = feedback;
    }

    StepFeedback feedback() {
        return feedback;
    }

    /**
     * Logs in.
     *
     * @param account the account, computed again after a certificate is trusted (its pin changes)
     * @param password the password (owned from now on: kept by the state or wiped)
     * @param done runs on success, after the state holds the account
     */
    void run(Supplier<ChosenAccount> account, Password password, Runnable done) {
        WizardContext context = flow.context();
        ChosenAccount chosen = account.get();
        flow.busy().set(true);
        Task<?>[] running = new Task<?>[1];
        feedback.working(context.texts().get("account.checking", chosen.address().toString()),
                () -> running[0].cancel(true));
        running[0] = Tasks.create(() -> new AccountAccess(chosen, password, context.texts().locale()).check())
                .onSuccess(checked -> {
                    feedback.clear();
                    flow.finish(chosen, password, null, false);
                    done.run();
                })
                .onError(UntrustedCertificateException.class, untrusted -> feedback.certificate(untrusted, () -> {
                    flow.confirm(untrusted.domain(), untrusted.presented());
                    run(account, password, done);
                }, password::wipe))
                .onError(TraslocoException.class, error -> {
                    password.wipe();
                    feedback.error(error);
                })
                .andFinally(() -> {
                    flow.busy().set(false);
                    if (running[0].isCancelled()) {
                        password.wipe();
                        feedback.message(context.texts().get("account.stopped"), "hint");
                    }
                })
                .runOnce(context.jobs());
    }
}
