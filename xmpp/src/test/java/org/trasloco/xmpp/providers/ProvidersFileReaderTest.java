package org.trasloco.xmpp.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;

class ProvidersFileReaderTest {

    /**
     * A v2 file as data.xmpp.net publishes it, with the odd cases real files have: 0 and -1 as
     * "no limit" and "less than a day", a field of the wrong type, a field from a newer version, an
     * entry without jid, a bare domain (providers-Ds.json style) and a value that is no entry.
     */
    private static List<Provider> sample() throws Exception {
        try (InputStream in = ProvidersFileReaderTest.class.getResourceAsStream("providers-v2-sample.json")) {
            return ProvidersFileReader.read(in, "providers-v2-sample.json", Origin.PROVIDERS_LIST);
        }
    }

    @Test
    void readsEveryFactTraslocoUses() throws Exception {
        Provider example = sample().get(0);

        assertEquals("example.org", example.domain());
        assertEquals(Category.A, example.category());
        assertEquals(Boolean.TRUE, example.inAppSignUp());
        assertEquals(Boolean.TRUE, example.captcha());
        assertEquals(Boolean.FALSE, example.emailRequired());
        assertEquals(Boolean.TRUE, example.free());
        assertEquals(Retention.UNLIMITED, example.archive(), "0 means no limit");
        assertEquals(Retention.Kind.LESS_THAN_A_DAY, example.uploads().kind(), "-1 means less than a day");
        assertEquals(List.of("DE", "SE"), example.serverLocations());
        assertEquals(List.of("example.net"), example.alternativeDomains());
        assertEquals("non-governmental", example.organization());
        assertEquals(LocalDate.of(2015, 3, 20), example.since());
        assertEquals(LocalDate.of(2026, 5, 31), example.latestChange());
        assertEquals("https://example.org/it/", example.website(Locale.ITALIAN).orElseThrow());
        assertEquals("https://example.org", example.website(Locale.FRENCH).orElseThrow());
        assertEquals("https://example.org/impressum", example.legalNotice(Locale.ENGLISH).orElseThrow());
    }

    @Test
    void treatsAWrongTypeAsUnknownAndKeepsTheRest() throws Exception {
        Provider web = sample().get(1);
        assertEquals("web-only.example", web.domain());
        assertNull(web.free(), "\"yes\" is not a boolean: unknown, not false");
        assertNull(web.since());
        assertEquals(Retention.days(30), web.archive());
        assertEquals("https://web-only.example/register", web.signUpPage(Locale.ITALIAN).orElseThrow());
    }

    @Test
    void leavesOutEntriesWithoutDomainAndReadsBareDomains() throws Exception {
        List<Provider> providers = sample();
        assertEquals(List.of("example.org", "web-only.example", "plain-domain.example"),
                providers.stream().map(Provider::domain).toList());
        assertEquals(Category.D, providers.get(2).category());
    }

    @Test
    void readsAProvidersOwnWellKnownFile() {
        String json = "{\"website\": {\"en\": \"https://example.com\"}, \"maximumMessageArchiveManagementStorageTime\": 7,"
                + " \"serverLocations\": [\"it\"]}";
        Provider provider = ProvidersFileReader.readWellKnown(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "example.com", Origin.CUSTOM);
        assertEquals("example.com", provider.domain());
        assertEquals(Retention.days(7), provider.archive());
        assertEquals(List.of("IT"), provider.serverLocations());
    }

    @Test
    void namesTheLineOfBrokenJson() {
        String broken = "[\n  {\"jid\": \"a.example\"},\n  {\"jid\": \"b.example\",,}\n]";
        TraslocoException error = assertThrows(TraslocoException.class, () -> ProvidersFileReader.read(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "list.json", Origin.PROVIDERS_LIST));
        assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
        assertEquals("The providers list list.json is damaged near line 3: it is not valid JSON.",
                error.message(Locale.ENGLISH));
    }

    @Test
    void refusesJsonThatIsNoList() {
        TraslocoException error = assertThrows(TraslocoException.class, () -> ProvidersFileReader.read(
                new ByteArrayInputStream("\"hello\"".getBytes(StandardCharsets.UTF_8)), "x.json", Origin.PROVIDERS_LIST));
        assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
    }

    @Test
    void theBundledCatalogueReadsAndStatesItsFacts() {
        ProviderCatalogue catalogue = ProviderCatalogue.bundled();
        Provider community = catalogue.providers().get(0);
        assertEquals("serviziliberi.it", community.domain());
        assertEquals(Origin.COMMUNITY, community.origin());
        assertEquals(Retention.UNKNOWN, community.archive());
        assertEquals("https://chat.serviziliberi.it", community.signUpPage(Locale.ITALIAN).orElseThrow());
        assertTrue(catalogue.providers().size() >= 10);
        assertTrue(catalogue.providers().stream().allMatch(provider -> provider.origin() != Origin.CUSTOM));
        assertTrue(catalogue.find("xmpp.social").isPresent(), "found by an alternative domain");
        assertEquals(Map.of(), catalogue.find("xmpp.earth").orElseThrow().signUpPages());
    }

    @Test
    void theBundledCatalogueShowsAReaderThePagesInTheirLanguageWhereTheListHasThem() {
        ProviderCatalogue catalogue = ProviderCatalogue.bundled();
        Provider hookipa = catalogue.find("hookipa.net").orElseThrow();
        assertEquals("https://hookipa.net", hookipa.website(Locale.GERMAN).orElseThrow());
        assertEquals("https://hookipa.net/en/front-page/", hookipa.website(Locale.forLanguageTag("es")).orElseThrow());
        assertEquals("https://jabberfr.org", catalogue.find("jabber.fr").orElseThrow().website(Locale.FRENCH).orElseThrow());
    }
}
