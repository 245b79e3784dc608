package org.trasloco.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps passwords typed on the command line out of error messages. Trasloco reads passwords only
 * from standard input, so {@code --password=…} is refused, but the parser's "Unknown option" message
 * quotes the arguments it refuses, and would print the password back on the screen (and into
 * whatever records the terminal).
 */
final class SecretArguments {

    private static final String HIDDEN = "***";

    private SecretArguments() {
    }

    /**
     * Removes the values of password-like options from a message that quotes arguments.
     *
     * @param message the parser's message
     * @param args the command line
     * @return the message without those values
     */
    static String redact(String message, String[] args) {
        if (message == null) {
            return null;
        }
        String redacted = message;
        for (String secret : secrets(args)) {
            redacted = redacted.replace(secret, HIDDEN);
        }
        return redacted;
    }

    /** The values given to options whose name mentions a password, longest first. */
    private static List<String> secrets(String[] args) {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || !isSecretName(arg)) {
                continue;
            }
            int equals = arg.indexOf('=');
            if (equals >= 0 && equals + 1 < arg.length()) {
                secrets.add(arg.substring(equals + 1));
            } else if (equals < 0 && i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].isEmpty()) {
                secrets.add(args[i + 1]);
            }
        }
        secrets.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return secrets;
    }

    private static boolean isSecretName(String arg) {
        int equals = arg.indexOf('=');
        String name = (equals >= 0 ? arg.substring(0, equals) : arg).toLowerCase(Locale.ROOT);
        return (name.contains("password") || name.contains("passwd") || name.equals("-p"))
                && !name.equals("--password-stdin") && !name.equals("--generate-password");
    }
}
