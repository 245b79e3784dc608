package org.trasloco.xmpp.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finds {@code prosody} and {@code prosodyctl}. Under {@code CI=true} a missing Prosody fails the
 * build; elsewhere the XMPP tests are skipped with a message that says how to install it.
 */
public final class ProsodyInstallation {

    /** What to do when Prosody is missing. */
    public static final String HOW_TO_INSTALL = "Prosody is not installed, so the XMPP integration tests cannot run. "
            + "Install it with: sudo apt-get install prosody lua-dbi-sqlite3 (Debian/Ubuntu; the tests start it "
            + "themselves on 127.0.0.1 and need no running service). .ci/run installs it automatically.";

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final Path prosody;
    private final Path prosodyctl;

    private ProsodyInstallation(Path prosody, Path prosodyctl) {
        this.prosody = prosody;
        this.prosodyctl = prosodyctl;
    }

    /**
     * The installation, or the end of the test: a failure under {@code CI=true}, a reported skip elsewhere.
     *
     * @return the binaries
     */
    public static ProsodyInstallation require() {
        Optional<Path> server = onPath("prosody");
        Optional<Path> control = onPath("prosodyctl");
        if (server.isPresent() && control.isPresent()) {
            return new ProsodyInstallation(server.get(), control.get());
        }
        throw MissingServer.end(HOW_TO_INSTALL, WARNED);
    }

    /** The server binary. */
    public Path prosody() {
        return prosody;
    }

    /** The control tool. */
    public Path prosodyctl() {
        return prosodyctl;
    }

    /**
     * An executable on the {@code PATH}.
     *
     * @param name its file name
     * @return its path, or empty
     */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
