package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TestProsody} for scripts (the benchmarks in {@code bench/}): starts one with the
 * repository's modules and one account, prints how to reach it as {@code key=value} lines, and stops
 * it and removes its directory when standard input ends.
 *
 * <p>Arguments: {@code [--sql] [--module NAME]… [--global LUA]… [--user NAME]}. Printed keys:
 * {@code host}, {@code port}, {@code pin}, {@code jid}, {@code password}, {@code dir} (the server's
 * temporary directory) and {@code pid} (the server process), then {@code ready}.
 */
public final class ThrowAwayProsody {

    private ThrowAwayProsody() {
    }

    /**
     * Runs the server until standard input ends.
     *
     * @param args the options above
     * @throws IOException when standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        ProsodyConfig config = ProsodyConfig.defaults().withDirectTls(false);
        String user = "bench";
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--sql" -> config = config.withStorage(ProsodyConfig.Storage.SQL);
                case "--module" -> config = config.withModule(value(option, rest));
                case "--global" -> config = config.withGlobal(value(option, rest));
                case "--user" -> user = value(option, rest);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (TestProsody prosody = TestProsody.start(config)) {
            String password = "bench-" + Long.toHexString(System.nanoTime());
            prosody.registerUser(user, password);
            out.println("host=127.0.0.1");
            out.println("port=" + prosody.c2sPort());
            out.println("pin=" + prosody.pin().display());
            out.println("jid=" + user + "@" + prosody.domain());
            out.println("password=" + password);
            out.println("dir=" + prosody.baseDirectory());
            out.println("pid=" + Files.readString(prosody.baseDirectory().resolve("prosody.pid")).strip());
            out.println("ready");
            InputStream in = System.in;
            while (in.read() >= 0) {
                // Runs until the script closes our standard input.
            }
        }
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
