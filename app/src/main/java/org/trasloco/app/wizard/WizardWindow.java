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
    private final ExecutorService jobs = WizardContext.newJobThreads();
    private final WizardServices services;
    private Workspace workspace;
    private WizardState state;
    private ShellController shell;

    private WizardWindow(Stage stage, AppSettings settings, Workspace workspace, Locale locale, WizardServices services) {
        this.stage = stage;
        this.services = services;
        this.settings = settings;
        this.workspace = workspace;
        this.state = WizardState.load(workspace, locale);
        followLanguage(state);
    }

    /**
     * Rebuilds the window when the user switches the language, or the journey (whose steps and words
     * differ); a state has one listener each.
     */
    private void followLanguage(WizardState followed) {
        followed.locale().addListener((o, old, locale) -> {
            if (followed == state && !locale.equals(old)) {
                settings.language(locale);
                build();
            }
        });
        followed.journey().addListener((o, old, journey) -> {
            if (followed == state && journey != old) {
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
     * @param services the desktop's file choosers, links and printers (tests answer them without a person)
     * @return the window
     */
    public static WizardWindow open(Stage stage, AppSettings settings, Workspace workspace, Locale locale,
            WizardServices services) {
        WizardWindow window = new WizardWindow(stage, settings, workspace, locale, services);
        settings.lastWorkspace(workspace.file());
        window.build();
        stage.setOnCloseRequest(event -> {
            if (window.shell != null && window.shell.holdsClose(stage::close)) {
                event.consume();
            }
        });
        stage.setOnHidden(event -> window.close());
        return window;
    }

    /** The move shown. */
    public WizardState state() {
        return state;
    }

    private void build() {
        WizardContext context = new WizardContext(state, settings, jobs, this::startNewMove, services);
        ShellController.Loaded loaded = ShellController.load("shell.fxml", context);
        shell = (ShellController) loaded.controller();
        Parent root = (Parent) loaded.view();
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
            state.wipePassword();
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
        state.wipePassword();
        workspace.close();
    }
}
