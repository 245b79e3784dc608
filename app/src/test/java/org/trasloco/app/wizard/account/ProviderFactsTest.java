package org.trasloco.app.wizard.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.account.ProviderAdvice.ProviderOption;
import org.trasloco.move.choices.Journey;
import org.trasloco.xmpp.providers.Category;
import org.trasloco.xmpp.providers.Origin;
import org.trasloco.xmpp.providers.Provider;
import org.trasloco.xmpp.providers.Retention;

/** What the list says about a server: the facts that matter for a move, unknown never read as "no". */
class ProviderFactsTest {

    private static Provider provider(Boolean inApp, Boolean captcha, Boolean free, List<String> countries,
            Retention archive) {
        return new Provider("example.org", Origin.PROVIDERS_LIST, Category.A, inApp, captcha, null, free, Map.of(),
                Map.of(), Map.of(), countries, archive, Retention.UNKNOWN, null, null, null, List.of());
    }

    @Test
    void aServerThatKeepsTheHistoryAndSignsUpHere() {
        ProviderFacts facts = new ProviderFacts(WizardTexts.of(Locale.ENGLISH));
        ProviderOption option = new ProviderOption(provider(true, true, true, List.of("de", "se"), Retention.UNLIMITED),
                false, true, 3650);
        assertEquals("example.org", facts.title(option));
        assertEquals(List.of("Keeps messages without a time limit: enough for this history.",
                "Trasloco can create the address here, after you type what a picture shows (a CAPTCHA).",
                "Servers in Germany, Sweden · Free of charge"), facts.lines(option));
    }

    @Test
    void aServerThatWouldDeleteTheOlderMessagesSaysSo() {
        ProviderFacts facts = new ProviderFacts(WizardTexts.of(Locale.ITALIAN));
        ProviderOption option = new ProviderOption(provider(false, null, false, List.of(), Retention.days(30)), false,
                false, 3650);
        assertEquals(List.of("Conserva i messaggi per 30 giorni: i messaggi più vecchi di questa cronologia sarebbero "
                + "cancellati.", "Gli indirizzi si creano solo sulla sua pagina web.", "A pagamento"), facts.lines(option));
    }

    @Test
    void unknownFactsAreSaidToBeUnknown() {
        ProviderFacts facts = new ProviderFacts(WizardTexts.of(Locale.ENGLISH, Journey.HELPER));
        ProviderOption option = new ProviderOption(Provider.custom("chat.example.org"), true, null, 400);
        assertEquals("chat.example.org – community server", facts.title(option));
        assertEquals(List.of("Does not say how long it keeps messages: ask its people before you put old chats there.",
                "Trasloco will try to create the address here."), facts.lines(option));
    }

    @Test
    void aFingerprintIsShownInFourLinesOfEightPairs() {
        String display = "AB:".repeat(31) + "CD";
        String lines = CertificatePrompt.lines(display);
        assertEquals(4, lines.split("\n").length);
        assertEquals("AB AB AB AB AB AB AB AB", lines.split("\n")[0]);
        assertEquals(display, lines.replace("\n", ":").replace(" ", ":"));
    }
}
