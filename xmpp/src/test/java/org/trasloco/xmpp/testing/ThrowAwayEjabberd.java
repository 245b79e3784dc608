package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TestEjabberd} for scripts (the benchmarks in {@code bench/}): starts one with Debian's
 * settings and one account, prints how to reach it as {@code key=value} lines (as
 * {@link ThrowAwayProsody} does), and stops it and removes its directory when standard input ends.
 *
 * <p>Arguments: {@code [--sql] [--no-shaper] [--import] [--module-option 'KEY: VALUE']… [--global YAML]…
 * [--user NAME]}: SQLite instead of mnesia for the archive, no traffic shaper instead of Debian's
 * 3,000 bytes per second, Trasloco's module loaded (with options).
 */
public final class ThrowAwayEjabberd {

    private ThrowAwayEjabberd() {
    }

    /**
     * Runs the server until standard input ends.
     *
     * @param args the options above
     * @throws IOException when standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        EjabberdConfig config = EjabberdConfig.defaults().withDirectTls(false);
        List<String> moduleOptions = new ArrayList<>();
        boolean module = false;
        String user = "bench";
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--sql" -> config = config.withStorage(EjabberdConfig.Storage.SQL);
                case "--no-shaper" -> config = config.withShaper(EjabberdConfig.Shaper.NONE);
                case "--import" -> module = true;
                case "--module-option" -> moduleOptions.add(ThrowAway.value(option, rest));
                case "--global" -> config = config.withGlobal(ThrowAway.value(option, rest));
                case "--user" -> user = ThrowAway.value(option, rest);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (module) {
            config = config.withArchiveImport(moduleOptions.toArray(String[]::new));
        }
        try (TestEjabberd ejabberd = TestEjabberd.start(config)) {
            ThrowAway.serve(ejabberd, user);
        }
    }
}
