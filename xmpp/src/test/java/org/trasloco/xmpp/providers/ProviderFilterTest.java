package org.trasloco.xmpp.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderFilterTest {

    private static Provider provider(String domain, Category category, Boolean inApp, Boolean captcha, Boolean free,
            List<String> countries, Retention archive) {
        return new Provider(domain, Origin.PROVIDERS_LIST, category, inApp, captcha, false, free, Map.of(), Map.of(),
                Map.of(), countries, archive, Retention.UNKNOWN, null, null, null, List.of());
    }

    private static final Provider LONG_CAPTCHA = provider("long.example", Category.A, true, true, true, List.of("DE"),
            Retention.days(365));
    private static final Provider FOREVER_WEB = provider("forever.example", Category.B, false, false, true, List.of("FR"),
            Retention.UNLIMITED);
    private static final Provider SHORT_EASY = provider("short.example", Category.A, true, false, true, List.of("IT", "DE"),
            Retention.days(14));
    private static final Provider UNKNOWN = provider("unknown.example", Category.UNRATED, null, null, null, List.of(),
            Retention.UNKNOWN);
    private static final ProviderCatalogue CATALOGUE = ProviderCatalogue.of(
            List.of(UNKNOWN, SHORT_EASY, FOREVER_WEB, LONG_CAPTCHA, Provider.custom("mine.example")));

    @Test
    void ordersByCategoryThenByTheLongestArchive() {
        assertEquals(List.of("long.example", "short.example", "forever.example", "unknown.example", "mine.example"),
                CATALOGUE.providers().stream().map(Provider::domain).toList());
    }

    @Test
    void keepsHistoryForAYearOnlyWhereThatIsKnown() {
        ProviderFilter year = new ProviderFilter(false, false, false, Set.of(), 365);
        assertEquals(List.of("long.example", "forever.example"),
                CATALOGUE.filter(year).stream().map(Provider::domain).toList());
    }

    @Test
    void signUpInTheAppWithoutCaptcha() {
        ProviderFilter easy = new ProviderFilter(true, true, false, Set.of(), 0);
        assertEquals(List.of("short.example"), CATALOGUE.filter(easy).stream().map(Provider::domain).toList());
    }

    @Test
    void serversInACountryAndFree() {
        ProviderFilter italy = new ProviderFilter(false, false, true, Set.of("it"), 0);
        assertEquals(List.of("short.example"), CATALOGUE.filter(italy).stream().map(Provider::domain).toList());
        assertTrue(ProviderFilter.any().matches(UNKNOWN));
        assertFalse(new ProviderFilter(false, false, true, Set.of(), 0).matches(UNKNOWN), "unknown is not free");
    }

    @Test
    void retentionFollowsTheProvidersConventions() {
        assertEquals(Retention.UNLIMITED, Retention.fromProvidersData(0));
        assertEquals(Retention.Kind.LESS_THAN_A_DAY, Retention.fromProvidersData(-1).kind());
        assertEquals(Retention.UNKNOWN, Retention.fromProvidersData(null));
        assertTrue(Retention.days(30).atLeast(30));
        assertFalse(Retention.days(29).atLeast(30));
        assertFalse(Retention.UNKNOWN.atLeast(1));
        assertEquals(Integer.valueOf(0), Retention.UNLIMITED.toProvidersData());
    }
}
