package org.trasloco.xmpp.providers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.connection.ServerAddress;

/**
 * Reads XMPP Providers API v2 files: {@code providers.json} and {@code providers-A.json} …
 * {@code providers-D.json} (an array of provider objects), {@code providers-Ds.json} (an array of
 * domains), and a provider's own {@code .well-known/xmpp-provider-v2.json} (one object, without
 * {@code jid}: the caller knows the domain). Unknown fields are ignored and a field of an unexpected
 * type counts as unknown, so a newer file still reads; only broken JSON is an error.
 */
public final class ProvidersFileReader {

    private static final System.Logger LOG = System.getLogger(ProvidersFileReader.class.getName());
    private static final JsonFactory JSON = new JsonFactory();

    private ProvidersFileReader() {
    }

    /**
     * Reads a list.
     *
     * @param in the file's content (not closed)
     * @param name the file's name or address, for messages
     * @param origin what the entries are
     * @return the providers, in file order; entries without a usable domain are left out
     * @throws TraslocoException {@code BAD_INPUT} when the content is not JSON or not a providers list
     */
    public static List<Provider> read(InputStream in, String name, Origin origin) {
        return parse(in, name, parser -> {
            JsonToken first = parser.nextToken();
            List<Provider> providers = new ArrayList<>();
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == null) {
                        throw unreadable(name, parser.currentLocation(), null);
                    }
                    Object entry = JsonTree.read(parser);
                    Provider provider = entry instanceof String domain ? fromDomain(domain, origin)
                            : entry instanceof Map<?, ?> object ? fromObject(object, null, origin) : null;
                    if (provider != null) {
                        providers.add(provider);
                    }
                }
            } else if (first == JsonToken.START_OBJECT) {
                Provider provider = fromObject((Map<?, ?>) JsonTree.read(parser), null, origin);
                if (provider != null) {
                    providers.add(provider);
                }
            } else {
                throw notAList(name);
            }
            return providers;
        });
    }

    /**
     * Reads a provider's own file ({@code https://DOMAIN/.well-known/xmpp-provider-v2.json}).
     *
     * @param in the content (not closed)
     * @param domain the provider's domain
     * @param origin what the entry is
     * @return the provider
     * @throws TraslocoException {@code BAD_INPUT} when the content is not a provider object
     */
    public static Provider readWellKnown(InputStream in, String domain, Origin origin) {
        String name = "https://" + domain + "/.well-known/xmpp-provider-v2.json";
        return parse(in, name, parser -> {
            Provider provider = parser.nextToken() == JsonToken.START_OBJECT
                    ? fromObject((Map<?, ?>) JsonTree.read(parser), domain, origin) : null;
            if (provider == null) {
                throw notAList(name);
            }
            return provider;
        });
    }

    /** Reads what {@code body} makes of the parser; broken JSON becomes a message naming the line. */
    private static <T> T parse(InputStream in, String name, JsonBody<T> body) {
        try (JsonParser parser = JSON.createParser(in)) {
            return body.read(parser);
        } catch (JsonProcessingException e) {
            throw unreadable(name, e.getLocation(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part of a reader that works on the parser. */
    @FunctionalInterface
    private interface JsonBody<T> {
        T read(JsonParser parser) throws IOException;
    }

    private static TraslocoException notAList(String name) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, XmppMessages.PROVIDERS_NOT_A_LIST, name);
    }

    private static Provider fromDomain(String domain, Origin origin) {
        String checked = domainOrNull(domain);
        return checked == null ? null : new Provider(checked, origin, Category.D, null, null, null, null, Map.of(),
                Map.of(), Map.of(), List.of(), Retention.UNKNOWN, Retention.UNKNOWN, null, null, null, List.of());
    }

    private static Provider fromObject(Map<?, ?> entry, String knownDomain, Origin origin) {
        String domain = domainOrNull(knownDomain != null ? knownDomain : string(entry.get("jid")));
        if (domain == null) {
            LOG.log(Level.DEBUG, "providers entry without a usable jid left out");
            return null;
        }
        Category category = Category.of(string(entry.get("category")));
        List<String> locations = new ArrayList<>();
        for (String location : strings(entry.get("serverLocations"))) {
            locations.add(location.toUpperCase(Locale.ROOT));
        }
        List<String> alternatives = new ArrayList<>();
        for (String alternative : strings(entry.get("alternativeJids"))) {
            String checked = domainOrNull(alternative);
            if (checked != null) {
                alternatives.add(checked);
            }
        }
        return new Provider(domain, origin, category,
                bool(entry.get("inBandRegistration")),
                bool(entry.get("inBandRegistrationCaptchaRequired")),
                bool(entry.get("inBandRegistrationEmailAddressRequired")),
                bool(entry.get("freeOfCharge")),
                languages(entry.get("registrationWebPage")),
                languages(entry.get("website")),
                languages(entry.get("legalNotice")),
                locations,
                Retention.fromProvidersData(integer(entry.get("maximumMessageArchiveManagementStorageTime"))),
                Retention.fromProvidersData(integer(entry.get("maximumHttpFileUploadStorageTime"))),
                string(entry.get("organization")),
                date(entry.get("since")),
                date(entry.get("latestChange")),
                alternatives);
    }

    private static String domainOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ServerAddress.of(text).domain();
        } catch (TraslocoException e) {
            return null;
        }
    }

    private static String string(Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    private static Boolean bool(Object value) {
        return value instanceof Boolean yes ? yes : null;
    }

    private static Integer integer(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static LocalDate date(Object value) {
        String text = string(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                String text = string(item);
                if (text != null) {
                    result.add(text);
                }
            }
        }
        return result;
    }

    private static Map<String, String> languages(Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String url = string(entry.getValue());
                if (entry.getKey() instanceof String language && url != null) {
                    result.put(language.strip().toLowerCase(Locale.ROOT), url);
                }
            }
        }
        return result;
    }

    private static TraslocoException unreadable(String name, JsonLocation location, Exception cause) {
        long line = location == null ? 0 : location.getLineNr();
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                LocalizedText.of(XmppMessages.PROVIDERS_UNREADABLE, name, line), cause);
    }
}
