package org.trasloco.importers.contacts;

import org.trasloco.core.address.XmppAddress;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.NameKey;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Reads a decision as a person writes it: the words of the list ({@code invite}, {@code invita},
 * {@code einladen}, {@code skip}, {@code salta}, {@code omitir}, … in every language Trasloco
 * speaks, case and accents ignored), or an XMPP address, which means "already on XMPP there".
 */
public final class DecisionValues {

    /** The languages whose words are understood. */
    static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));
    private static final Map<String, Decision> WORDS = words();

    private DecisionValues() {
    }

    /**
     * A decision read from text.
     *
     * @param decision the decision, or {@code null} when the text was not one
     * @param address the normalised address for {@link Decision#KNOWN}, else {@code null}
     * @param problem why the text is not a decision, or {@code null}
     */
    public record Parsed(Decision decision, String address, LocalizedText problem) {

        /** Whether the text was a decision. */
        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Reads one value: an address, or {@code invite}, {@code skip} or {@code undecided} in any
     * language.
     *
     * @param value e.g. {@code anna@example.org} or {@code invite}
     * @return the decision or the problem
     */
    public static Parsed parse(String value) {
        String text = value.strip();
        Decision word = WORDS.get(key(text));
        if (word != null && word != Decision.KNOWN && word != Decision.ME) {
            return new Parsed(word, null, null);
        }
        if (word == Decision.KNOWN) {
            return problem(ContactsMessages.DECISION_KNOWN_NEEDS_ADDRESS, text);
        }
        if (text.indexOf('@') >= 0 || text.regionMatches(true, 0, "xmpp:", 0, 5)) {
            XmppAddress.Check check = XmppAddress.check(text);
            return check.ok() ? new Parsed(Decision.KNOWN, check.address().toString(), null) : new Parsed(null, null, check.problem());
        }
        return problem(ContactsMessages.DECISION_UNKNOWN, text);
    }

    /**
     * Reads the two cells of a spreadsheet row: a decision word (possibly empty) and an address
     * (possibly empty). An address with an empty decision means "known"; "me" is allowed here.
     *
     * @param decisionCell the decision column
     * @param addressCell the address column
     * @return the decision or the problem
     */
    public static Parsed parseCells(String decisionCell, String addressCell) {
        String decisionText = decisionCell.strip();
        String addressText = addressCell.strip();
        Decision decision = decisionText.isEmpty() ? null : WORDS.get(key(decisionText));
        if (!decisionText.isEmpty() && decision == null) {
            return problem(ContactsMessages.DECISION_UNKNOWN_WORD, decisionText);
        }
        if (addressText.isEmpty()) {
            if (decision == Decision.KNOWN) {
                return problem(ContactsMessages.DECISION_KNOWN_NEEDS_ADDRESS, decisionText);
            }
            return new Parsed(decision == null ? Decision.UNDECIDED : decision, null, null);
        }
        if (decision != null && decision != Decision.KNOWN) {
            return problem(ContactsMessages.DECISION_ADDRESS_WITHOUT_KNOWN, addressText, decisionText);
        }
        XmppAddress.Check check = XmppAddress.check(addressText);
        return check.ok() ? new Parsed(Decision.KNOWN, check.address().toString(), null) : new Parsed(null, null, check.problem());
    }

    /**
     * The word for a decision in a language, as written in the exported list.
     *
     * @param decision the decision
     * @return the text key
     */
    public static ContactsMessages word(Decision decision) {
        return switch (decision) {
            case UNDECIDED -> ContactsMessages.DECISION_UNDECIDED;
            case KNOWN -> ContactsMessages.DECISION_KNOWN;
            case INVITE -> ContactsMessages.DECISION_INVITE;
            case SKIP -> ContactsMessages.DECISION_SKIP;
            case ME -> ContactsMessages.DECISION_ME;
        };
    }

    private static Parsed problem(ContactsMessages key, Object... args) {
        return new Parsed(null, null, LocalizedText.of(key, args));
    }

    private static Map<String, Decision> words() {
        Map<String, Decision> words = new HashMap<>();
        for (Decision decision : Decision.values()) {
            words.put(key(decision.id()), decision);
            for (Locale language : LANGUAGES) {
                words.put(key(LocalizedText.of(word(decision)).format(language)), decision);
            }
        }
        return words;
    }

    private static String key(String text) {
        return NameKey.of(text);
    }
}
