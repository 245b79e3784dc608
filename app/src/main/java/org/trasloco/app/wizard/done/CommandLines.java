package org.trasloco.app.wizard.done;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.summary.WorkshopSummary;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.ServerAddress;

/**
 * The command lines that continue a move or a workshop from a terminal, as the user can paste them:
 * every file name quoted for a POSIX shell when it needs it.
 */
final class CommandLines {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9@%+=:,./_-]+");

    private CommandLines() {
    }

    /** {@code trasloco upload --workspace FILE --jid ADDRESS --password-stdin}, with how the server is reached. */
    static String upload(Path workspace, ChosenAccount account) {
        List<String> words = new ArrayList<>(List.of("trasloco", "upload", "--workspace", workspace.toString()));
        if (account != null) {
            words.addAll(List.of("--jid", account.address().toString()));
            ServerAddress server = account.server();
            server.explicitHost().ifPresent(host -> words.addAll(List.of("--host", host)));
            if (server.port() > 0) {
                words.addAll(List.of("--port", Integer.toString(server.port())));
            }
            server.pinned().map(CertificatePin::hex).ifPresent(pin -> words.addAll(List.of("--pin-sha256", pin)));
        } else {
            words.addAll(List.of("--jid", "ADDRESS"));
        }
        words.add("--password-stdin");
        return join(words);
    }

    /** {@code trasloco workshop PARTICIPANTS.csv --server DOMAIN [--each] -o OUTPUT}. */
    static String workshop(WorkshopSummary workshop) {
        List<String> words = new ArrayList<>(List.of("trasloco", "workshop",
                workshop.participants().map(Path::toString).orElse("PARTICIPANTS.csv"),
                "--server", workshop.server().orElse("DOMAIN")));
        if (workshop.kits().isPresent() && workshop.kitsEach()) {
            words.add("--each");
        }
        words.addAll(List.of("-o", workshop.kits().map(Path::toString).orElse("kits.pdf")));
        return join(words);
    }

    private static String join(List<String> words) {
        return String.join(" ", words.stream().map(CommandLines::quoted).toList());
    }

    /** A word as a shell reads it back unchanged. */
    static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
