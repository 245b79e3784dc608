package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@link ThrowAwayProsody} and {@link ThrowAwayEjabberd} share: one account on a running test
 * server, how to reach it printed as {@code key=value} lines, and the server kept until standard
 * input ends.
 */
final class ThrowAway {

    private ThrowAway() {
    }

    /**
     * Creates the account, prints {@code host}, {@code port}, {@code pin}, {@code jid},
     * {@code password}, {@code dir}, {@code pid} and {@code ready}, and waits for standard input to end.
     *
     * @param server the running server (closed by the caller)
     * @param user the account's name
     * @throws IOException when standard input cannot be read
     */
    static void serve(TestServer server, String user) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String password = "bench-" + Long.toHexString(System.nanoTime());
        server.registerUser(user, password);
        out.println("host=127.0.0.1");
        out.println("port=" + server.c2sPort());
        out.println("pin=" + server.pin().display());
        out.println("jid=" + user + "@" + server.domain());
        out.println("password=" + password);
        out.println("dir=" + server.baseDirectory());
        out.println("pid=" + server.pid());
        out.println("ready");
        InputStream in = System.in;
        while (in.read() >= 0) {
            // Runs until the script closes our standard input.
        }
    }

    /** The value after an option, taken off the list. */
    static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
