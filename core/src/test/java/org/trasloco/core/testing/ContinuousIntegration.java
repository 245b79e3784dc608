package org.trasloco.core.testing;

import java.util.Locale;

/**
 * Whether the tests run in continuous integration, where a missing tool must fail a test instead of
 * skipping it. One rule for every module: the environment variable {@code CI} set to anything but
 * empty or {@code false} (CI systems write {@code true}, {@code 1} or their own name).
 */
public final class ContinuousIntegration {

    private ContinuousIntegration() {
    }

    /** Whether {@code CI} says so in the current environment. */
    public static boolean isOn() {
        return isOn(System.getenv("CI"));
    }

    /**
     * Whether a value of {@code CI} means continuous integration.
     *
     * @param value the variable's value, or {@code null} when unset
     * @return {@code true} for any non-empty value other than {@code false} (in any case)
     */
    public static boolean isOn(String value) {
        return value != null && !value.isBlank() && !value.strip().toLowerCase(Locale.ROOT).equals("false");
    }
}
