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
        // The providers cache too: a server a test adds must not reach the user's own list.
        this.settings = new AppSettings(preferences, dir.resolve("data"), dir.resolve("cache"));
    }

    /** Shows the wizard for a workspace (on the FX thread, from a TestFX @Start method). */
    void open(Stage onStage, Path workspace, Locale locale, TextSize size) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        settings.textSize(size);
        stage = onStage;
        window = WizardWindow.open(onStage, settings, Workspace.open(workspace), locale, desktop.services());
        onStage.show();
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
        throw new AssertionError("timed out waiting until " + what);
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

    /** Writes what the window shows to a PNG (the docs use these). */
    void screenshot(String name) {
        WritableImage image = fx(() -> stage.getScene().snapshot(null));
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
            Path folder = screenshotFolder();
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
