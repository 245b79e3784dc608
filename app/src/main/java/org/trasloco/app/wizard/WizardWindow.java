package org.trasloco.app.wizard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.trasloco.core.workspace.Workspace;

/**
 * The wizard's window: builds the shell for a move, rebuilds it when the language changes, switches
 * to a new move on request, and closes the move's workspace when the window closes.
 */
public final class WizardWindow {

    /** The stylesheet on top of the AtlantaFX theme. */
    public static final String STYLESHEET = WizardWindow.class.getResource("trasloco.css").toExternalForm();

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Stage stage;
    private final AppSettings settings;
    private final ExecutorService jobs = WizardContext.newJobThread();
    private final FileDialogs dialogs;
    private Workspace workspace;
    private WizardState state;

    private WizardWindow(Stage stage, AppSettings settings, Workspace workspace, Locale locale, FileDialogs dialogs) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.settings = settings;
        this.workspace = workspace;
        this.state = WizardState.load(workspace, locale);
        followLanguage(state);
    }

    /** Rebuilds the window in the new language when the user switches (a state has one listener). */
    private void followLanguage(WizardState followed) {
        followed.locale().addListener((o, old, locale) -> {
            if (followed == state && !locale.equals(old)) {
                settings.language(locale);
                build();
            }
        });
    }

    /**
     * Shows the wizard for a move in a stage.
     *
     * @param stage the window
     * @param settings what the app remembers
     * @param workspace the move's workspace, open; closed with the window
     * @param locale the language to start in
     * @return the window
     */
    public static WizardWindow open(Stage stage, AppSettings settings, Workspace workspace, Locale locale) {
        return open(stage, settings, workspace, locale, new SystemFileDialogs());
    }

    /**
     * Shows the wizard with other file choosers (tests answer them without a person).
     *
     * @param stage the window
     * @param settings what the app remembers
     * @param workspace the move's workspace, open; closed with the window
     * @param locale the language to start in
     * @param dialogs the file choosers
     * @return the window
     */
    public static WizardWindow open(Stage stage, AppSettings settings, Workspace workspace, Locale locale,
            FileDialogs dialogs) {
        WizardWindow window = new WizardWindow(stage, settings, workspace, locale, dialogs);
        settings.lastWorkspace(workspace.file());
        window.build();
        stage.setOnHidden(event -> window.close());
        return window;
    }

    /** The move shown. */
    public WizardState state() {
        return state;
    }

    private void build() {
        WizardContext context = new WizardContext(state, settings, jobs, this::startNewMove, dialogs);
        Parent root = (Parent) ShellController.load("shell.fxml", context).view();
        root.setStyle(settings.textSize().rootStyle());
        if (stage.getScene() == null) {
            Scene scene = new Scene(root, 1120, 780);
            scene.getStylesheets().add(STYLESHEET);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(context.texts().get("app.title"));
    }

    private void startNewMove() {
        Locale locale = state.locale().get();
        try {
            Workspace fresh = Workspace.open(settings.newWorkspace(LocalDateTime.now().format(STAMP)));
            workspace.close();
            workspace = fresh;
            settings.lastWorkspace(fresh.file());
            state = WizardState.load(fresh, locale);
            followLanguage(state);
            build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        jobs.shutdownNow();
        workspace.close();
    }
}
