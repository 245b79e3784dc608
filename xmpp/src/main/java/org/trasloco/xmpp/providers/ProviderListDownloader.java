package org.trasloco.xmpp.providers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.XmppMessages;

/**
 * Downloads the current providers list from XMPP Providers and keeps it in a {@link CatalogueStore}.
 * Only an HTTPS (or, for tests and mirrors on this computer, a loopback HTTP) address is used; the
 * download is bounded in time and size and checked before it replaces the stored list.
 */
public final class ProviderListDownloader {

    /** Categories A and B: the providers that are suitable to sign up with. */
    public static final URI DEFAULT_SOURCE = URI.create("https://data.xmpp.net/providers/v2/providers-B.json");

    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final HttpClient http;
    private final Duration timeout;

    /**
     * A downloader with a time limit per request.
     *
     * @param timeout the time limit
     */
    public ProviderListDownloader(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Downloads the list and stores it.
     *
     * @param source where to download from
     * @param store where to keep it
     * @return the providers of the new list
     * @throws TraslocoException {@code CONNECTION} when the list cannot be downloaded,
     *     {@code BAD_INPUT} when what came is not a providers list, {@code USAGE} for an address
     *     that is not HTTPS
     */
    public List<Provider> update(URI source, CatalogueStore store) {
        return store.saveDownloadedList(download(source), source.toString());
    }

    /**
     * Downloads a file.
     *
     * @param source the address
     * @return the content
     */
    byte[] download(URI source) {
        checkScheme(source);
        HttpRequest request = HttpRequest.newBuilder(source).timeout(timeout).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TraslocoException(Kind.CONNECTION, XmppMessages.PROVIDERS_DOWNLOAD_STATUS, source.toString(),
                            response.statusCode());
                }
                return readBounded(body, source);
            }
        } catch (IOException e) {
            throw new TraslocoException(Kind.CONNECTION, LocalizedText.of(XmppMessages.PROVIDERS_DOWNLOAD_FAILED,
                    source.toString()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }

    private static void checkScheme(URI source) {
        String scheme = source.getScheme();
        String host = source.getHost();
        boolean loopback = "http".equalsIgnoreCase(scheme) && host != null
                && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
        if (!"https".equalsIgnoreCase(scheme) && !loopback) {
            throw new TraslocoException(Kind.USAGE, XmppMessages.PROVIDERS_NOT_HTTPS, source.toString());
        }
    }

    private static byte[] readBounded(InputStream body, URI source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            total += read;
            if (total > MAX_BYTES) {
                throw new TraslocoException(Kind.BAD_INPUT, XmppMessages.PROVIDERS_TOO_LARGE, source.toString());
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
