package org.trasloco.app.wizard.account;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.registration.FormField;
import org.trasloco.xmpp.registration.FormQuestions;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.registration.RegistrationForm;

/**
 * The server's questions put to the person in the window: called on the job's thread while the
 * connection waits, it shows the form on the JavaFX thread and waits for the answers. Cancelling
 * the form, or stopping the job, ends the wait as a cancellation. One instance serves one sign-up:
 * a second call means the server sent a new form because the previous CAPTCHA answer was wrong.
 */
final class ServerQuestions implements FormQuestions {

    private final ServerFormView view;
    private int rounds;

    ServerQuestions(ServerFormView view) {
        this.view = view;
    }

    @Override
    public RegistrationAnswers answer(RegistrationForm form, List<FormField> questions) {
        CompletableFuture<RegistrationAnswers> answers = new CompletableFuture<>();
        boolean again = ++rounds > 1;
        Platform.runLater(() -> view.ask(form, questions, again, answers));
        try {
            return answers.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answers.cancel(true);
            throw cancelled();
        } catch (CancellationException e) {
            throw cancelled();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the form's answers failed", e.getCause());
        } finally {
            Platform.runLater(view::close);
        }
    }

    private static TraslocoException cancelled() {
        return new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
    }
}
