package org.trasloco.xmpp.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The providers a person can choose from: community servers first, then the providers list (best
 * category, then the longest message archive), then servers the user added. Immutable.
 */
public final class ProviderCatalogue {

    /** The bundled providers list (curated by the project, XMPP Providers v2 format). */
    static final String BUNDLED_LIST = "providers.json";
    /** The bundled community servers (XMPP Providers v2 format). */
    static final String BUNDLED_COMMUNITY = "community.json";

    private static final Comparator<Provider> ORDER = Comparator
            .comparing(Provider::origin, Comparator.comparingInt(ProviderCatalogue::originRank))
            .thenComparing(Provider::category)
            .thenComparing(Comparator.comparingInt((Provider provider) -> provider.archive().rank()).reversed())
            .thenComparing(Provider::domain);

    private final List<Provider> providers;

    private ProviderCatalogue(List<Provider> providers) {
        Map<String, Provider> byDomain = new LinkedHashMap<>();
        for (Provider provider : providers) {
            byDomain.putIfAbsent(provider.domain(), provider);
        }
        List<Provider> sorted = new ArrayList<>(byDomain.values());
        sorted.sort(ORDER);
        this.providers = List.copyOf(sorted);
    }

    /**
     * A catalogue of these entries (a domain listed twice keeps its first entry).
     *
     * @param providers the entries
     * @return the catalogue
     */
    public static ProviderCatalogue of(List<Provider> providers) {
        return new ProviderCatalogue(providers);
    }

    /** The catalogue bundled with Trasloco: community servers and the curated providers list. */
    public static ProviderCatalogue bundled() {
        List<Provider> all = new ArrayList<>(bundledCommunity());
        all.addAll(bundledList());
        return new ProviderCatalogue(all);
    }

    /** The bundled providers list alone. */
    static List<Provider> bundledList() {
        return readResource(BUNDLED_LIST, Origin.PROVIDERS_LIST);
    }

    /** The bundled community servers alone. */
    static List<Provider> bundledCommunity() {
        return readResource(BUNDLED_COMMUNITY, Origin.COMMUNITY);
    }

    private static List<Provider> readResource(String name, Origin origin) {
        try (InputStream in = ProviderCatalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled " + name);
            }
            return ProvidersFileReader.read(in, name, origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry, in the catalogue's order. */
    public List<Provider> providers() {
        return providers;
    }

    /**
     * The entries a filter lets through, in the catalogue's order.
     *
     * @param filter what the person wants
     * @return the matching entries
     */
    public List<Provider> filter(ProviderFilter filter) {
        return providers.stream().filter(filter::matches).toList();
    }

    /**
     * The entry of a domain (also found by one of its alternative domains).
     *
     * @param domain the domain
     * @return the entry, if known
     */
    public Optional<Provider> find(String domain) {
        return providers.stream()
                .filter(provider -> provider.domain().equals(domain) || provider.alternativeDomains().contains(domain))
                .findFirst();
    }

    private static int originRank(Origin origin) {
        return switch (origin) {
            case COMMUNITY -> 0;
            case PROVIDERS_LIST -> 1;
            case CUSTOM -> 2;
        };
    }
}
