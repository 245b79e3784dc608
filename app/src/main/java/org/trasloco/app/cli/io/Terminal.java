package org.trasloco.app.cli.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the terminal the command runs in. */
public final class Terminal {

    private Terminal() {
    }

    /**
     * Whether standard error is a terminal. Java's {@code System.console()} only tells whether
     * standard input and output both are, which is false for {@code trasloco inspect … > out.json}, so
     * on Linux the file descriptor is asked directly.
     */
    public static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.exists(stderr, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
