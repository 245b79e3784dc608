package org.trasloco.app;

import java.util.Locale;
import org.trasloco.app.cli.Cli;

/** Starts Trasloco: the command line for now; the wizard joins here when it exists. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        applyLanguage(args);
        System.exit(Cli.standard().run(args));
    }

    /** {@code --lang it} anywhere on the line sets the language before any text is loaded. */
    private static void applyLanguage(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null && !value.isBlank()) {
                Locale.setDefault(Locale.forLanguageTag(value.strip()));
            }
        }
    }
}
