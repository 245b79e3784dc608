package org.trasloco.xmpp.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a server it needs is not installed: under {@code CI=true} it fails (CI
 * installs every server, so a missing one is a broken build, never a silent skip); elsewhere the
 * test is skipped with instructions, and a warning is logged once per server.
 */
public final class MissingServer {

    private static final System.Logger LOG = System.getLogger(MissingServer.class.getName());

    private MissingServer() {
    }

    /** Whether the tests run in CI ({@code CI=true}, as {@code .ci/run} sets it). */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Ends the test: a failure in CI, a reported skip elsewhere.
     *
     * @param howToInstall what to do, for the message
     * @param warned set once the warning was logged (one per server kind)
     * @return never returns normally; declared so that callers can write {@code throw MissingServer.end(…)}
     */
    public static RuntimeException end(String howToInstall, AtomicBoolean warned) {
        if (inCi()) {
            throw new IllegalStateException("CI=true and " + howToInstall);
        }
        if (warned.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, "SKIPPING tests that need it: " + howToInstall);
        }
        Assumptions.abort(howToInstall);
        throw new AssertionError("unreachable");
    }
}
