package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TestProsody} for scripts (the benchmarks in {@code bench/}): starts one with the
 * repository's modules and one account, prints how to reach it as {@code key=value} lines, and stops
 * it and removes its directory when standard input ends.
 *
 * <p>Arguments: {@code [--sql] [--module NAME]… [--global LUA]… [--user NAME] [--group-chats]} (the last adds
 * the group-chat service with the archive-import module on it). Printed keys:
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
                case "--module" -> config = config.withModule(ThrowAway.value(option, rest));
                case "--global" -> config = config.withGlobal(ThrowAway.value(option, rest));
                case "--user" -> user = ThrowAway.value(option, rest);
                case "--group-chats" -> config = config.withGroupChats(true);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        try (TestProsody prosody = TestProsody.start(config)) {
            ThrowAway.serve(prosody, user);
        }
    }
}
