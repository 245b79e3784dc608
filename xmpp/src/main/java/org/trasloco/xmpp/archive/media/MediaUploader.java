package org.trasloco.xmpp.archive.media;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Uploads files with HTTP File Upload (XEP-0363): finds the server's upload service, asks it for a
 * slot per file and PUTs the file there. Files only go over HTTPS (plain HTTP only to this computer,
 * for tests); only the slot headers XEP-0363 allows are sent.
 */
public final class MediaUploader {

    private static final Set<String> ALLOWED_HEADERS = Set.of("authorization", "cookie", "expires");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "[::1]", "localhost");

    static {
        ProviderManager.addIQProvider("slot", SlotRequest.NAMESPACE, new SlotProvider());
    }

    private final XmppSession session;
    private final HttpClient http;

    /**
     * An uploader over a logged-in session.
     *
     * @param session the session
     */
    public MediaUploader(XmppSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.http = HttpClient.newBuilder().connectTimeout(session.settings().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The server's upload service, when it has one.
     *
     * @return the service
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public Optional<UploadService> service() {
        try {
            List<DiscoverInfo> services = ServiceDiscoveryManager.getInstanceFor(session.connection())
                    .findServicesDiscoverInfo(SlotRequest.NAMESPACE, true, true);
            if (services.isEmpty()) {
                return Optional.empty();
            }
            DiscoverInfo info = services.get(0);
            long max = info.getExtensions(DataForm.class).stream()
                    .filter(form -> SlotRequest.NAMESPACE.equals(form.getFormType()))
                    .map(form -> form.getField("max-file-size")).filter(Objects::nonNull)
                    .map(FormField::getFirstValue).filter(Objects::nonNull)
                    .mapToLong(MediaUploader::parseLong).findFirst().orElse(0);
            return Optional.of(new UploadService(info.getFrom(), max));
        } catch (XMPPException.XMPPErrorException e) {
            return Optional.empty();
        } catch (SmackException | XMPPException e) {
            throw session.lost(e, ArchiveMessages.STEP_MEDIA);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }

    /**
     * Uploads one file.
     *
     * @param service the upload service
     * @param file the file
     * @return the address where it can be fetched
     * @throws TraslocoException {@code REFUSED} when the server refuses the file or the upload
     *     fails, {@code CONNECTION} when the XMPP connection fails
     */
    public String upload(UploadService service, MediaFile file) {
        Slot slot;
        try {
            slot = session.request(new SlotRequest(service.address(), file.name(), file.size(), file.mediaType()),
                    ArchiveMessages.STEP_MEDIA);
        } catch (XMPPException.XMPPErrorException e) {
            String reason = e.getStanzaError().getDescriptiveText() != null ? e.getStanzaError().getDescriptiveText()
                    : e.getStanzaError().getCondition().toString();
            throw failed(file, reason, e);
        }
        URI put = URI.create(slot.putUrl());
        if (!"https".equalsIgnoreCase(put.getScheme())
                && !("http".equalsIgnoreCase(put.getScheme()) && LOOPBACK.contains(put.getHost()))) {
            throw failed(file, "not HTTPS: " + put, null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(put).timeout(Duration.ofMinutes(5))
                .header("Content-Type", file.mediaType())
                .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        return file.content().open();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }), file.size()));
        slot.headers().forEach((name, value) -> {
            if (ALLOWED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value.replace("\r", "").replace("\n", ""));
            }
        });
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw failed(file, "HTTP " + response.statusCode(), null);
            }
            return slot.getUrl();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw failed(file, String.valueOf(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }

    private static TraslocoException failed(MediaFile file, String reason, Exception cause) {
        return new TraslocoException(TraslocoException.Kind.REFUSED,
                LocalizedText.of(ArchiveMessages.MEDIA_FAILED, file.name(), reason), cause);
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
