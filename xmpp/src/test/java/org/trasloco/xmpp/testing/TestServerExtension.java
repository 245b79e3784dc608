package org.trasloco.xmpp.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a test server before the tests of a class and removes it afterwards. Register a
 * subclass ({@link ProsodyExtension}, {@link EjabberdExtension}) as a static field so each class
 * chooses its server and configuration. Test methods get the server as a parameter (of its own
 * type or as a {@link TestServer}) or through {@link #server()}. When the server is not
 * installed the class is skipped with instructions, or fails under {@code CI=true}.
 *
 * @param <S> the kind of server
 */
public abstract class TestServerExtension<S extends TestServer>
        implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final Class<S> type;
    private S server;

    /**
     * An extension for one kind of server.
     *
     * @param type the server's class
     */
    protected TestServerExtension(Class<S> type) {
        this.type = type;
    }

    /**
     * Starts the server.
     *
     * @return the running server
     */
    protected abstract S start();

    /** The running server. */
    public S server() {
        if (server == null) {
            throw new IllegalStateException("the test server is not running (register the extension as a static field)");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = start();
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
        Class<?> wanted = parameterContext.getParameter().getType();
        return wanted == type || wanted == TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return server();
    }
}
