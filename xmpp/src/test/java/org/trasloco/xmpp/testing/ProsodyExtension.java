package org.trasloco.xmpp.testing;

import java.util.Objects;

/**
 * Starts a {@link TestProsody} before the tests of a class and removes it afterwards. Register it as a
 * static field so each class can choose its configuration:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults());
 * }</pre>
 *
 * Test methods get the server as a {@code TestProsody} (or {@code TestServer}) parameter or through
 * {@link #server()}. When Prosody is not installed the class is skipped with instructions, or fails
 * under {@code CI=true}.
 */
public final class ProsodyExtension extends TestServerExtension<TestProsody> {

    private final ProsodyConfig config;

    /**
     * An extension with the default configuration.
     */
    public ProsodyExtension() {
        this(ProsodyConfig.defaults());
    }

    /**
     * An extension with a configuration.
     *
     * @param config how the server is set up
     */
    public ProsodyExtension(ProsodyConfig config) {
        super(TestProsody.class);
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected TestProsody start() {
        return TestProsody.start(config);
    }
}
