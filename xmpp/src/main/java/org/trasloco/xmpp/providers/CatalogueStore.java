package org.trasloco.xmpp.providers;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.files.WholeFile;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.connection.ServerAddress;

/**
 * The catalogue on this computer: a directory holding the last downloaded providers list
 * ({@value #DOWNLOADED}) and the servers the user added ({@value #CUSTOM}), both in the XMPP
 * Providers v2 format. Without them the bundled catalogue is used; a damaged download is ignored, so
 * the app always starts without the network.
 */
public final class CatalogueStore {

    /** The downloaded providers list. */
    public static final String DOWNLOADED = "providers-v2.json";
    /** The servers added by domain. */
    public static final String CUSTOM = "custom-servers.json";

    private static final System.Logger LOG = System.getLogger(CatalogueStore.class.getName());

    private final Path directory;

    /**
     * A store in a directory (created when something is saved).
     *
     * @param directory e.g. {@code ~/.cache/trasloco}
     */
    public CatalogueStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The directory. */
    public Path directory() {
        return directory;
    }

    /** Whether a downloaded list is stored. */
    public boolean hasDownloadedList() {
        return Files.isRegularFile(directory.resolve(DOWNLOADED));
    }

    /**
     * The catalogue: bundled community servers, the downloaded list (or the bundled one), the
     * servers the user added.
     *
     * @return the catalogue
     */
    public ProviderCatalogue load() {
        List<Provider> all = new ArrayList<>(ProviderCatalogue.bundledCommunity());
        all.addAll(downloadedOrBundled());
        all.addAll(customServers());
        return ProviderCatalogue.of(all);
    }

    /**
     * Keeps a downloaded list, after checking that it reads.
     *
     * @param content the file as downloaded
     * @param source where it came from, for messages
     * @return the providers it holds
     * @throws TraslocoException {@code BAD_INPUT} when it is not a providers list (nothing is
     *     replaced), {@code STORAGE} when it cannot be written
     */
    public List<Provider> saveDownloadedList(byte[] content, String source) {
        List<Provider> providers = ProvidersFileReader.read(new ByteArrayInputStream(content), source, Origin.PROVIDERS_LIST);
        if (providers.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, XmppMessages.PROVIDERS_NOT_A_LIST, source);
        }
        writeAtomically(DOWNLOADED, out -> out.write(content));
        return providers;
    }

    /**
     * Adds a server by its domain.
     *
     * @param domain the domain
     * @return the entry added (or already there)
     * @throws TraslocoException {@code USAGE} for a domain that is not valid, {@code STORAGE} when it
     *     cannot be saved
     */
    public Provider addCustomServer(String domain) {
        String checked = ServerAddress.of(domain).domain();
        List<String> domains = customDomains();
        if (!domains.contains(checked)) {
            domains.add(checked);
            saveCustom(domains);
        }
        return Provider.custom(checked);
    }

    /**
     * Removes a server added by domain.
     *
     * @param domain the domain
     * @return whether it was there
     */
    public boolean removeCustomServer(String domain) {
        String checked = ServerAddress.of(domain).domain();
        List<String> domains = customDomains();
        boolean removed = domains.remove(checked);
        if (removed) {
            saveCustom(domains);
        }
        return removed;
    }

    private List<Provider> downloadedOrBundled() {
        Path file = directory.resolve(DOWNLOADED);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                List<Provider> providers = ProvidersFileReader.read(in, file.toString(), Origin.PROVIDERS_LIST);
                if (!providers.isEmpty()) {
                    return providers;
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "ignoring the damaged providers list {0}: {1}", file, e.toString());
            }
        }
        return ProviderCatalogue.bundledList();
    }

    private List<Provider> customServers() {
        return customDomains().stream().map(Provider::custom).toList();
    }

    private List<String> customDomains() {
        Path file = directory.resolve(CUSTOM);
        List<String> domains = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                for (Provider provider : ProvidersFileReader.read(in, file.toString(), Origin.CUSTOM)) {
                    domains.add(provider.domain());
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "ignoring the damaged list of added servers {0}: {1}", file, e.toString());
            }
        }
        return domains;
    }

    private void saveCustom(List<String> domains) {
        writeAtomically(CUSTOM, out -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                for (String domain : domains) {
                    json.writeStartObject();
                    json.writeStringField("jid", domain);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
        });
    }

    /** Writes one of the store's files through a temporary file and a rename: never half a file. */
    private void writeAtomically(String name, Writer writer) {
        Path target = directory.resolve(name);
        try {
            Files.createDirectories(directory);
            WholeFile.replace(target, writer::write);
        } catch (IOException e) {
            throw new TraslocoException(TraslocoException.Kind.STORAGE,
                    LocalizedText.of(XmppMessages.PROVIDERS_CACHE_WRITE, target), e);
        }
    }

    /** Writes a file's content. */
    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
