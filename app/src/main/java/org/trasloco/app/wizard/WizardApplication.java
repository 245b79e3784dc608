package org.trasloco.app.wizard;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.Languages;

/** The JavaFX application: opens the move in progress (or a new one) in the wizard window. */
public final class WizardApplication extends Application {

    @Override
    public void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppSettings settings = AppSettings.ofUser();
        Locale locale = startingLanguage(settings);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> Platform.runLater(() -> showError(error, locale)));
        Path file = settings.lastWorkspace().orElse(
                settings.newWorkspace(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
        WizardWindow.open(stage, settings, Workspace.open(file), locale, WizardServices.system(getHostServices()));
        FirstFrameReport.installIfAsked(stage.getScene());
        stage.show();
    }

    /**
     * The language the window opens in: the one chosen before, else the system's when the wizard
     * speaks it (English, Italian, German, French or Spanish), else English.
     */
    static Locale startingLanguage(AppSettings settings) {
        return Languages.resolve(settings.language().orElse(Locale.getDefault()), Locale.ENGLISH);
    }

    private static void showError(Throwable error, Locale locale) {
        WizardTexts texts = WizardTexts.of(locale);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(texts.get("error.title"));
        alert.getDialogPane().setContent(new ErrorView(error, texts));
        alert.show();
    }

    /**
     * Starts the wizard and returns when its window closes.
     *
     * @param args ignored
     */
    public static void launch(String... args) {
        Application.launch(WizardApplication.class, args);
    }
}
