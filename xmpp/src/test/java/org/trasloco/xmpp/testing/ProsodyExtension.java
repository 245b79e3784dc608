package org.trasloco.xmpp.testing;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link TestProsody} before the tests of a class and removes it afterwards. Register it as a
 * static field so each class can choose its configuration:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults());
 * }</pre>
 *
 * Test methods get the server as a {@code TestProsody} parameter or through {@link #server()}. When
 * Prosody is not installed the class is skipped with instructions, or fails under {@code CI=true}.
 */
public final class ProsodyExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final ProsodyConfig config;
    private TestProsody server;

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
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The running server. */
    public TestProsody server() {
        if (server == null) {
            throw new IllegalStateException("the test Prosody is not running (register the extension as a static field)");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestProsody.start(config);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestProsody.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return server();
    }
}
