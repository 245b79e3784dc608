package org.trasloco.xmpp.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;

class CatalogueStoreTest {

    @TempDir
    Path cache;

    private static byte[] sample() throws IOException {
        try (InputStream in = CatalogueStoreTest.class.getResourceAsStream("providers-v2-sample.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void withoutAnythingStoredTheBundledCatalogueIsUsed() {
        CatalogueStore store = new CatalogueStore(cache.resolve("never-created"));
        assertEquals(ProviderCatalogue.bundled().providers(), store.load().providers());
        assertFalse(store.hasDownloadedList());
    }

    @Test
    void aDownloadedListReplacesTheBundledOneButNotTheCommunityServers() throws Exception {
        CatalogueStore store = new CatalogueStore(cache);
        store.saveDownloadedList(sample(), "sample");
        List<String> domains = store.load().providers().stream().map(Provider::domain).toList();
        assertEquals(List.of("serviziliberi.it", "example.org", "web-only.example", "plain-domain.example"), domains);
    }

    @Test
    void aDamagedDownloadIsIgnoredAndNeverReplacesAGoodOne() throws Exception {
        CatalogueStore store = new CatalogueStore(cache);
        assertThrows(TraslocoException.class,
                () -> store.saveDownloadedList("<html>captive portal</html>".getBytes(StandardCharsets.UTF_8), "wifi"));
        assertFalse(store.hasDownloadedList());

        Files.writeString(cache.resolve(CatalogueStore.DOWNLOADED), "[{\"jid\": ");
        assertEquals(ProviderCatalogue.bundled().providers(), store.load().providers(), "damaged cache: bundled list");
    }

    @Test
    void serversAddedByDomainStayUntilRemoved() {
        CatalogueStore store = new CatalogueStore(cache);
        store.addCustomServer("Chat.Example.COM");
        store.addCustomServer("chat.example.com");
        Provider added = new CatalogueStore(cache).load().find("chat.example.com").orElseThrow();
        assertEquals(Origin.CUSTOM, added.origin());
        assertEquals(Retention.UNKNOWN, added.archive());
        assertEquals(1, new CatalogueStore(cache).load().providers().stream().filter(p -> p.origin() == Origin.CUSTOM).count());

        assertTrue(store.removeCustomServer("chat.example.com"));
        assertFalse(store.load().find("chat.example.com").isPresent());
        assertThrows(TraslocoException.class, () -> store.addCustomServer("not a domain"));
    }

    @Test
    void downloadsOverHttpAndKeepsTheList() throws Exception {
        byte[] body = sample();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/providers/v2/providers-B.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI source = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/providers/v2/providers-B.json");
            CatalogueStore store = new CatalogueStore(cache);
            List<Provider> providers = new ProviderListDownloader(Duration.ofSeconds(5)).update(source, store);
            assertEquals(3, providers.size());
            assertTrue(store.load().find("example.org").isPresent());

            URI missing = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/nothing.json");
            TraslocoException notFound = assertThrows(TraslocoException.class,
                    () -> new ProviderListDownloader(Duration.ofSeconds(5)).update(missing, store));
            assertEquals(TraslocoException.Kind.CONNECTION, notFound.kind());
            assertTrue(notFound.message(Locale.ENGLISH).contains("answered 404"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableSourceIsAConnectionProblem() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        TraslocoException error = assertThrows(TraslocoException.class, () -> new ProviderListDownloader(
                Duration.ofSeconds(3)).update(URI.create("http://127.0.0.1:" + closed + "/p.json"), new CatalogueStore(cache)));
        assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
        assertTrue(error.message(Locale.ENGLISH).startsWith("The providers list could not be downloaded from"));
    }

    @Test
    void onlySecureAddressesAreUsed() {
        TraslocoException error = assertThrows(TraslocoException.class, () -> new ProviderListDownloader(
                Duration.ofSeconds(3)).update(URI.create("http://example.org/p.json"), new CatalogueStore(cache)));
        assertEquals(TraslocoException.Kind.USAGE, error.kind());
    }
}
