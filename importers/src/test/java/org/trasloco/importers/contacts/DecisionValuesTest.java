package org.trasloco.importers.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trasloco.core.contacts.NameKey;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.contacts.Decision;

class DecisionValuesTest {

    @Test
    void theCommandLineTakesAnAddressOrAWordInEitherLanguage() {
        assertEquals(new DecisionValues.Parsed(Decision.KNOWN, "anna@example.org", null), DecisionValues.parse("Anna@example.org"));
        assertEquals(Decision.INVITE, DecisionValues.parse("invite").decision());
        assertEquals(Decision.INVITE, DecisionValues.parse("INVITA").decision());
        assertEquals(Decision.SKIP, DecisionValues.parse("salta").decision());
        assertEquals(Decision.UNDECIDED, DecisionValues.parse("da decidere").decision());
        assertEquals("maybe is neither an XMPP address (name@server) nor one of invite, skip, undecided.",
                DecisionValues.parse("maybe").problem().format(Locale.ENGLISH));
        assertEquals("\"known\" needs the person's XMPP address: write the address itself.",
                DecisionValues.parse("known").problem().format(Locale.ENGLISH));
        assertEquals("anna@ is not an XMPP address: the server after @ is missing.",
                DecisionValues.parse("anna@").problem().format(Locale.ENGLISH));
    }

    @Test
    void aSpreadsheetRowTakesAWordAnAddressOrBoth() {
        assertEquals(new DecisionValues.Parsed(Decision.UNDECIDED, null, null), DecisionValues.parseCells(" ", ""));
        assertEquals(new DecisionValues.Parsed(Decision.KNOWN, "a@b.org", null), DecisionValues.parseCells("", "a@b.org"));
        assertEquals(new DecisionValues.Parsed(Decision.KNOWN, "a@b.org", null),
                DecisionValues.parseCells("Indirizzo noto", "a@b.org"));
        assertEquals(Decision.ME, DecisionValues.parseCells("io", "").decision());
        assertEquals("\"known address\" needs the person's XMPP address: write the address itself.",
                DecisionValues.parseCells("known address", "").problem().format(Locale.ENGLISH));
    }

    @Test
    void theWordsOfEveryLanguageAreReadAndNoWordMeansTwoChoices() {
        assertEquals(Decision.INVITE, DecisionValues.parse("Einladen").decision());
        assertEquals(Decision.SKIP, DecisionValues.parse("ignorer").decision());
        assertEquals(Decision.UNDECIDED, DecisionValues.parse("por decidir").decision());
        assertEquals(Decision.ME, DecisionValues.parseCells("Moi", "").decision());
        assertEquals(new DecisionValues.Parsed(Decision.KNOWN, "a@b.org", null),
                DecisionValues.parseCells("Dirección conocida", "a@b.org"));
        Map<String, Decision> seen = new HashMap<>();
        for (Locale language : DecisionValues.LANGUAGES) {
            for (Decision decision : Decision.values()) {
                String word = NameKey.of(LocalizedText.of(DecisionValues.word(decision)).format(language));
                Decision before = seen.putIfAbsent(word, decision);
                assertEquals(decision, before == null ? decision : before, word + " in " + language);
            }
        }
    }
}
