package org.trasloco.invites.apps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.Languages;

/**
 * The recommended apps, per platform, best first. {@link #bundled()} is the catalogue shipped with
 * Trasloco; {@link #read(InputStream, String)} reads an updated file of the same shape;
 * {@link #forServer(String)} puts a known server's own web chat first among the web apps.
 */
public final class AppsCatalogue {

    private static final String RESOURCE = "apps.json";

    private final List<ChatApp> apps;
    private final Map<String, String> webChats;

    private AppsCatalogue(List<ChatApp> apps, Map<String, String> webChats) {
        this.apps = List.copyOf(apps);
        this.webChats = Map.copyOf(webChats);
    }

    /** The catalogue shipped with Trasloco. */
    public static AppsCatalogue bundled() {
        try (InputStream in = AppsCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is part of the build");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a catalogue.
     *
     * @param in the JSON document; not closed
     * @param source where it came from, for messages
     * @return the catalogue
     * @throws TraslocoException ({@code BAD_INPUT}) naming what is wrong with the document
     */
    public static AppsCatalogue read(InputStream in, String source) {
        try (JsonParser json = new JsonFactory().createParser(in)) {
            json.nextToken();
            Map<String, Object> root = object(JsonValues.read(json), "document");
            List<ChatApp> apps = new ArrayList<>();
            for (Object app : list(root.get("apps"), "apps")) {
                apps.add(app(object(app, "app")));
            }
            Map<String, String> webChats = new LinkedHashMap<>();
            Object servers = root.get("servers");
            if (servers != null) {
                object(servers, "servers").forEach((domain, server) -> {
                    Object webChat = object(server, domain).get("webChat");
                    if (webChat != null) {
                        webChats.put(domain.toLowerCase(Locale.ROOT), https(text(webChat, domain + ".webChat")));
                    }
                });
            }
            return new AppsCatalogue(apps, webChats);
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                    LocalizedText.of(AppsText.CATALOGUE_INVALID, source, e.getMessage()), e);
        }
    }

    /** Every app, in catalogue order. */
    public List<ChatApp> apps() {
        return apps;
    }

    /**
     * The apps for a platform, best first.
     *
     * @param platform the platform
     * @return one choice per app that has a link for it
     */
    public List<AppChoice> forPlatform(Platform platform) {
        return apps.stream().filter(app -> !app.linksFor(platform).isEmpty())
                .map(app -> new AppChoice(app, platform, app.linksFor(platform))).toList();
    }

    /**
     * The web chat a known server runs.
     *
     * @param domain the server's domain
     * @return its address, if the catalogue knows one
     */
    public Optional<String> webChatOf(String domain) {
        return Optional.ofNullable(webChats.get(domain.toLowerCase(Locale.ROOT)));
    }

    /**
     * This catalogue with the server's own web chat first among the web apps, when one is known
     * or given.
     *
     * @param domain the server's domain
     * @return the catalogue for people on that server
     */
    public AppsCatalogue forServer(String domain) {
        return webChatOf(domain).map(url -> withWebChat(domain.toLowerCase(Locale.ROOT), url)).orElse(this);
    }

    /**
     * This catalogue with a server's web chat first among the web apps.
     *
     * @param domain the server's domain, shown in the web chat's name
     * @param url the web chat's https address
     * @return the new catalogue
     */
    public AppsCatalogue withWebChat(String domain, String url) {
        Objects.requireNonNull(domain, "domain");
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            descriptions.put(language.getLanguage(), LocalizedText.of(AppsText.WEB_CHAT_DESCRIPTION, domain).format(language));
        }
        // Named by its host (chat.example.org): the same in every language, and what the browser shows.
        ChatApp webChat = new ChatApp("webchat:" + domain, URI.create(https(url)).getHost(), https(url), false,
                descriptions, Map.of(Platform.WEB, List.of(new StoreLink(Store.WEB_APP, https(url)))));
        List<ChatApp> all = new ArrayList<>(apps.size() + 1);
        all.add(webChat);
        apps.stream().filter(app -> !app.id().equals(webChat.id())).forEach(all::add);
        return new AppsCatalogue(all, webChats);
    }

    private static ChatApp app(Map<String, Object> app) {
        String id = text(app.get("id"), "id");
        Map<String, String> descriptions = new LinkedHashMap<>();
        object(app.get("description"), id + ".description").forEach((lang, line) -> descriptions.put(lang, text(line, id)));
        Map<Platform, List<StoreLink>> links = new EnumMap<>(Platform.class);
        object(app.get("platforms"), id + ".platforms").forEach((platformId, entries) -> {
            Platform platform = Platform.ofId(platformId)
                    .orElseThrow(() -> new IllegalArgumentException(id + ": unknown platform " + platformId));
            List<StoreLink> list = new ArrayList<>();
            for (Object entry : list(entries, id + "." + platformId)) {
                Map<String, Object> link = object(entry, id + "." + platformId);
                String storeId = text(link.get("store"), id + ".store");
                Store store = Store.ofId(storeId)
                        .orElseThrow(() -> new IllegalArgumentException(id + ": unknown store " + storeId));
                list.add(new StoreLink(store, https(text(link.get("url"), id + ".url"))));
            }
            links.put(platform, list);
        });
        return new ChatApp(id, text(app.get("name"), id + ".name"), https(text(app.get("site"), id + ".site")),
                Boolean.TRUE.equals(app.get("opensInviteLinks")), descriptions, links);
    }

    private static String https(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an https address: " + url);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an https address: " + url, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " must be an object");
    }

    private static List<Object> list(Object value, String what) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        throw new IllegalArgumentException(what + " must be a list");
    }

    private static String text(Object value, String what) {
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new IllegalArgumentException(what + " must be a non-empty string");
    }
}
