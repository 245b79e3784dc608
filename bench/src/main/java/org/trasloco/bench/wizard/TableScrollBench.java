package org.trasloco.bench.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.trasloco.app.wizard.AppSettings;
import org.trasloco.app.wizard.TextSize;
import org.trasloco.app.wizard.WizardStep;
import org.trasloco.app.wizard.WizardServices;
import org.trasloco.app.wizard.WizardWindow;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;

/**
 * Measures how smoothly a wizard table scrolls: opens the real window on a workspace at a step, waits
 * for its table to fill, then scrolls it row page by row page, timing each frame (from the scroll to
 * the end of the next layout pulse); the first pass warms up, the second is measured. Needs a screen
 * (on servers: Xvfb).
 */
public final class TableScrollBench {

    private TableScrollBench() {
    }

    /**
     * Frame times of one run.
     *
     * @param rows rows in the table
     * @param frameMillis the time of each frame, in scroll order
     */
    public record Result(int rows, List<Double> frameMillis) {
    }

    /**
     * Runs the measurement.
     *
     * @param workspace the workspace to show (closed at the end)
     * @param step the step whose table is measured
     * @param tableId the table's fx:id
     * @param expectedRows how many rows to wait for
     * @param size the text size
     * @param dataDirectory where the throw-away settings may create files
     * @return the frame times
     * @throws Exception when the window cannot be shown or the table does not fill
     */
    public static Result run(Path workspace, WizardStep step, String tableId, int expectedRows, TextSize size,
            Path dataDirectory) throws Exception {
        Preferences preferences = Preferences.userRoot().node("org/trasloco/bench/" + System.nanoTime());
        AppSettings settings = new AppSettings(preferences, dataDirectory);
        settings.textSize(size);
        try (Workspace open = Workspace.open(workspace)) {
            open.setProperty("wizard.step", step.name());
            MoveChoices.of(open).journey(Journey.ME);
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            WizardWindow.open(stage[0], settings, Workspace.open(workspace), Locale.ENGLISH, WizardServices.unattended());
            stage[0].show();
        });
        TableView<?> table = awaitTable(stage[0], tableId, expectedRows);
        scroll(stage[0], table, expectedRows);
        List<Double> frames = scroll(stage[0], table, expectedRows);
        onFx(() -> stage[0].close());
        Platform.exit();
        try {
            preferences.removeNode();
        } catch (BackingStoreException ignored) {
            // Left-over benchmark preferences are harmless.
        }
        return new Result(table.getItems().size(), frames);
    }

    /** Scrolls from the top to the bottom a page at a time; returns each frame's time. */
    private static List<Double> scroll(Stage stage, TableView<?> table, int rows) throws Exception {
        List<Double> frames = new ArrayList<>();
        int pageSize = 20;
        Stage[] window = {stage};
        onFx(() -> table.scrollTo(0));
        for (int row = 0; row < rows; row += pageSize) {
            int target = row;
            CompletableFuture<Long> framed = new CompletableFuture<>();
            long[] start = new long[1];
            onFx(() -> {
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    window[0].getScene().removePostLayoutPulseListener(listener[0]);
                    framed.complete(System.nanoTime());
                };
                window[0].getScene().addPostLayoutPulseListener(listener[0]);
                start[0] = System.nanoTime();
                table.scrollTo(target);
            });
            frames.add((framed.get(10, TimeUnit.SECONDS) - start[0]) / 1e6);
        }
        return frames;
    }

    private static TableView<?> awaitTable(Stage stage, String tableId, int rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            CompletableFuture<TableView<?>> found = new CompletableFuture<>();
            Platform.runLater(() -> {
                TableView<?> table = (TableView<?>) stage.getScene().lookup("#" + tableId);
                found.complete(table != null && table.getItems().size() >= rows ? table : null);
            });
            TableView<?> table = found.get(10, TimeUnit.SECONDS);
            if (table != null) {
                return table;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the table #" + tableId + " did not fill with " + rows + " rows");
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }
}
