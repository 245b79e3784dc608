package org.trasloco.xmpp.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.trasloco.core.testing.ContinuousIntegration;

/**
 * What a test does when a server it needs is not installed: under {@code CI=true} it fails (CI
 * installs every server, so a missing one is a broken build, never a silent skip); elsewhere the
 * test is skipped with instructions, and a warning is logged once per server.
 */
public final class MissingServer {

    private static final System.Logger LOG = System.getLogger(MissingServer.class.getName());

    private MissingServer() {
    }

    /** Whether the tests run in CI (the one rule of {@link ContinuousIntegration}). */
    public static boolean inCi() {
        return ContinuousIntegration.isOn();
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
