package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;
import org.trasloco.core.workspace.Workspace;

/** Opens the real wizard on a headless stage with throw-away settings, and offers what the UI tests share. */
final class WizardFixture {

    final Path dir;
    final AppSettings settings;
    private final Preferences preferences;
    final ScriptedServices desktop = new ScriptedServices();
    final ScriptedDialogs dialogs = desktop.dialogs;
    WizardWindow window;
    Stage stage;

    WizardFixture(Path dir) {
        this.dir = dir;
        this.preferences = Preferences.userRoot().node("org/trasloco/test/" + UUID.randomUUID());
        this.settings = new AppSettings(preferences, dir.resolve("data"));
    }

    /** Shows the wizard for a workspace (on the FX thread, from a TestFX @Start method). */
    void open(Stage onStage, Path workspace, Locale locale, TextSize size) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        settings.textSize(size);
        stage = onStage;
        window = WizardWindow.open(onStage, settings, Workspace.open(workspace), locale, desktop.services());
        onStage.show();
    }

    /** Makes the window the smallest the wizard must work in: 1024 × 768 (with Extra large text, say). */
    void smallestWindow() {
        fx(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> stage.getScene().getRoot().layout());
    }

    void forget() {
        try {
            preferences.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs on the FX thread and returns the result. */
    static <T> T fx(java.util.concurrent.Callable<T> action) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }

    /** Runs on the FX thread and waits for it. */
    static void fx(Runnable action) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }

    /** Presses and releases a key in a window, as the keyboard would. */
    static void pressKey(Stage window, javafx.scene.input.KeyCode key) {
        fx(() -> {
            javafx.scene.Node target = window.getScene().getFocusOwner() != null
                    ? window.getScene().getFocusOwner() : window.getScene().getRoot();
            for (javafx.event.EventType<javafx.scene.input.KeyEvent> type : List.of(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(type, "", "", key,
                        false, false, false, false));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (up to 60 s) until a condition about the UI holds, checking on the FX thread. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            if (fx(condition::getAsBoolean)) {
                return;
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        // What the window showed when the wait gave up, for whoever reads the failure.
        for (javafx.stage.Window window : fx(() -> List.copyOf(javafx.stage.Window.getWindows()))) {
            if (window.getScene() != null) {
                WritableImage image = fx(() -> window.getScene().snapshot(null));
                writePng(image, Path.of("target", "timeouts"), what.replaceAll("[^A-Za-z0-9]+", "-"));
            }
        }
        throw new AssertionError("timed out waiting until " + what + " (picture in target/timeouts)");
    }

    /** Every control of the window has an accessible text (labels speak their own text). */
    void assertAccessible() {
        List<String> missing = new ArrayList<>();
        fx(() -> collectUnlabelled(stage.getScene().getRoot(), missing));
        assertEquals(List.of(), missing, "controls without accessibleText");
    }

    private static void collectUnlabelled(Node node, List<String> missing) {
        if (node instanceof Control control && !(control instanceof Label) && !(control instanceof Separator)
                && node.isVisible()
                && !node.getStyleClass().contains("scroll-bar") && isPartOfAView(control)) {
            String text = control.getAccessibleText();
            if (text == null || text.isBlank()) {
                missing.add(control.getClass().getSimpleName() + "#" + control.getId() + " " + control.getStyleClass());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectUnlabelled(child, missing);
            }
        }
    }

    /** Controls that JavaFX creates inside other controls' skins (cells, scroll bars) are theirs, not ours. */
    private static boolean isPartOfAView(Control control) {
        for (Node parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Control owner && owner.getSkin() != null
                    && !(owner instanceof javafx.scene.control.ScrollPane)
                    && !(owner instanceof javafx.scene.control.TitledPane)
                    && !(owner instanceof javafx.scene.control.Accordion)) {
                return false;
            }
        }
        return true;
    }

    /** Resizes the window (the smallest the wizard must work at is 1024×768). */
    void resize(double width, double height) {
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Texts the window cuts off ("Messa…"): every visible label, button, column header and choice
     * whose shown text ends in the ellipsis although its own text does not. Table cells are left out:
     * their content can be any length (a chat's name), and the step shows the selected row in full.
     */
    List<String> cutOffTexts() {
        List<String> cut = new ArrayList<>();
        fx(() -> collectCutOff(stage.getScene().getRoot(), cut));
        return cut;
    }

    private static void collectCutOff(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Labeled labeled && !(node instanceof javafx.scene.control.TableCell)
                && labeled.getText() != null && !labeled.getText().isBlank()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text shown && shown.getText() != null
                        && !shown.getText().equals(labeled.getText())
                        && shown.getText().endsWith(labeled.getEllipsisString())) {
                    cut.add(labeled.getClass().getSimpleName() + "#" + labeled.getId() + " '" + labeled.getText()
                            + "' shown as '" + shown.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCutOff(child, cut);
            }
        }
    }

    /** Whether a node lies wholly inside the window. */
    boolean insideWindow(String query) {
        return fx(() -> {
            Node node = stage.getScene().getRoot().lookup(query);
            javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
            return bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                    && bounds.getMaxX() <= stage.getScene().getWidth() + 0.5
                    && bounds.getMaxY() <= stage.getScene().getHeight() + 0.5;
        });
    }

    /** Writes what the window shows to a PNG (the docs use these). */
    void screenshot(String name) {
        screenshot(screenshotFolder(), name);
    }

    /** Writes what the window shows to a PNG in a folder. */
    void screenshot(Path folder, String name) {
        writePng(fx(() -> stage.getScene().snapshot(null)), folder, name);
    }

    private static void writePng(WritableImage image, Path folder, String name) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            ImageIO.write(out, "png", file.toFile());
            assertTrue(Files.size(file) > 5_000, "a real picture: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path screenshotFolder() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("docs")) || Files.exists(here.resolve("trasloco")) ? here : here.getParent();
        return root.resolve("docs/screenshots");
    }
}
