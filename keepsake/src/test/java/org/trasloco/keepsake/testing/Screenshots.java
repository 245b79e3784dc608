package org.trasloco.keepsake.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.trasloco.core.testing.ContinuousIntegration;

/** Where the pictures for the docs go, and the rule for tests that need Chromium. */
public final class Screenshots {

    private Screenshots() {
    }

    /** {@code docs/screenshots} at the top of the repository (tests run in the module's folder). */
    public static Path folder() throws IOException {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        return Files.createDirectories(module.getParent().resolve("docs").resolve("screenshots"));
    }

    /**
     * The Chromium binary. Under {@code CI=true} a missing browser fails the test ({@code .ci/run}
     * installs it); elsewhere the test is skipped with a reason.
     */
    public static Path chromium() {
        return HeadlessChromium.binary().orElseGet(() -> {
            if (ContinuousIntegration.isOn()) {
                throw new AssertionError("chromium is missing: .ci/run installs Debian's chromium package");
            }
            Assumptions.abort("chromium is not installed (apt-get install chromium)");
            return null;
        });
    }
}
