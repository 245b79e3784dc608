package org.trasloco.invites.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.InvitesBundles;
import org.trasloco.invites.Languages;

class AppsCatalogueTest {

    private final AppsCatalogue catalogue = AppsCatalogue.bundled();

    @Test
    void recommendsTheCommunitysAppsPerPlatform() {
        assertEquals(List.of("Conversations", "Monocles Chat"), names(Platform.ANDROID));
        assertEquals(List.of("Monal"), names(Platform.IPHONE));
        assertEquals(List.of("Monal"), names(Platform.MACOS));
        assertEquals(List.of("Gajim"), names(Platform.WINDOWS));
        assertEquals(List.of("Gajim", "Dino"), names(Platform.LINUX));
        assertEquals(List.of("Converse"), names(Platform.WEB));
        AppChoice conversations = catalogue.forPlatform(Platform.ANDROID).get(0);
        assertEquals(List.of(Store.GOOGLE_PLAY, Store.FDROID), conversations.links().stream().map(StoreLink::store).toList());
        assertEquals("https://f-droid.org/packages/eu.siacs.conversations/", conversations.links().get(1).url());
    }

    @Test
    void everyAppHasALineInEveryLanguageAndSaysWhetherItOpensInvites() {
        for (ChatApp app : catalogue.apps()) {
            for (Locale language : Languages.SUPPORTED) {
                assertTrue(app.descriptions().containsKey(language.getLanguage()), app.id() + " lacks " + language);
            }
            assertFalse(app.links().isEmpty(), app.id());
        }
        assertTrue(catalogue.forPlatform(Platform.IPHONE).get(0).app().opensInviteLinks());
        assertFalse(catalogue.forPlatform(Platform.WEB).get(0).app().opensInviteLinks());
        assertEquals("L'app XMPP per iPhone, iPad e Mac.", catalogue.forPlatform(Platform.IPHONE).get(0).app().description(Locale.ITALIAN));
    }

    @Test
    void putsAKnownServersWebChatFirst() {
        AppsCatalogue forServer = catalogue.forServer("ServiziLiberi.it");
        AppChoice web = forServer.forPlatform(Platform.WEB).get(0);
        assertEquals("chat.serviziliberi.it", web.app().name());
        assertEquals("https://chat.serviziliberi.it", web.primary().url());
        assertEquals("La chat web di serviziliberi.it: si apre in qualsiasi browser, senza installare nulla.",
                web.app().description(Locale.ITALIAN));
        assertEquals(List.of("chat.serviziliberi.it", "Converse"),
                forServer.forPlatform(Platform.WEB).stream().map(c -> c.app().name()).toList());
        assertEquals(catalogue, catalogue.forServer("example.org"));
    }

    @Test
    void refusesACatalogueWithPlainHttpOrUnknownStores() {
        String http = "{\"apps\":[{\"id\":\"x\",\"name\":\"X\",\"site\":\"http://x.example\",\"description\":{},\"platforms\":{}}]}";
        TraslocoException error = assertThrows(TraslocoException.class, () -> read(http));
        assertEquals("The apps catalogue test.json cannot be used: not an https address: http://x.example",
                error.message(Locale.ENGLISH));
        String store = "{\"apps\":[{\"id\":\"x\",\"name\":\"X\",\"site\":\"https://x.example\",\"description\":{},"
                + "\"platforms\":{\"android\":[{\"store\":\"shop\",\"url\":\"https://x.example\"}]}}]}";
        assertThrows(TraslocoException.class, () -> read(store));
        assertThrows(TraslocoException.class, () -> read("{\"apps\": 3}"));
        assertThrows(TraslocoException.class, () -> read("{\"apps\": ["));
    }

    @Test
    void everyPlatformAndStoreNameIsTranslated() {
        InvitesBundles.assertComplete(AppsText.class);
        for (Platform platform : Platform.values()) {
            assertEquals(Optional.of(platform), Platform.ofId(platform.id()));
            assertTrue(platform.label().key().startsWith("platform."), platform.label().key());
        }
        for (Store store : Store.values()) {
            assertEquals(Optional.of(store), Store.ofId(store.id()));
            assertTrue(store.label().key().startsWith("store."), store.label().key());
        }
        assertEquals(List.of("android", "iphone", "windows", "macos", "linux", "web"),
                java.util.stream.Stream.of(Platform.values()).map(Platform::id).toList());
        assertEquals(List.of("googlePlay", "fdroid", "appStore", "microsoftStore", "flathub", "website", "webApp"),
                java.util.stream.Stream.of(Store.values()).map(Store::id).toList());
    }

    private static AppsCatalogue read(String json) {
        return AppsCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private List<String> names(Platform platform) {
        return catalogue.forPlatform(platform).stream().map(c -> c.app().name()).toList();
    }
}
