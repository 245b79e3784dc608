package org.trasloco.xmpp.testing;

import java.util.Objects;

/**
 * Starts a {@link TestEjabberd} before the tests of a class and removes it afterwards:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withArchiveImport());
 * }</pre>
 *
 * Test methods get the server as a {@code TestEjabberd} (or {@code TestServer}) parameter or through
 * {@link #server()}. When ejabberd is not installed the class is skipped with instructions, or
 * fails under {@code CI=true}.
 */
public final class EjabberdExtension extends TestServerExtension<TestEjabberd> {

    private final EjabberdConfig config;

    /**
     * An extension with a configuration.
     *
     * @param config how the server is set up
     */
    public EjabberdExtension(EjabberdConfig config) {
        super(TestEjabberd.class);
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected TestEjabberd start() {
        return TestEjabberd.start(config);
    }
}
