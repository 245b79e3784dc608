package org.trasloco.xmpp.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.trasloco.xmpp.connection.ConnectionSettings;
import org.trasloco.xmpp.connection.XmppConnector;

/** Small helpers for tests that create accounts on a {@link TestServer}. */
public final class TestAccounts {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {
    }

    /**
     * A name no other test in this JVM uses.
     *
     * @param prefix a readable prefix
     * @return e.g. {@code anna7}
     */
    public static String uniqueName(String prefix) {
        return prefix + COUNTER.incrementAndGet();
    }

    /** A connector with short timeouts and English server texts, as tests want. */
    public static XmppConnector connector() {
        return new XmppConnector(ConnectionSettings.defaults().withLanguage(Locale.ENGLISH)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }
}
