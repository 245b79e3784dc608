package org.trasloco.app;

import java.util.Locale;
import org.trasloco.app.cli.Cli;
import org.trasloco.app.wizard.WizardApplication;

/** Starts Trasloco: the wizard when run without arguments on a desktop, otherwise the command line. */
public final class Main {

    private Main() {
    }

    /**
     * Opens the wizard or runs a command and exits with its code.
     *
     * @param args the command line; none opens the wizard when there is a screen
     */
    public static void main(String[] args) {
        if (args.length == 0 && hasScreen()) {
            WizardApplication.launch();
            return;
        }
        System.exit(Cli.standard().run(args));
    }

    /** On Linux a screen means an X11 or Wayland display; Windows and macOS desktops always have one. */
    static boolean hasScreen() {
        if (Boolean.getBoolean("java.awt.headless")) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
