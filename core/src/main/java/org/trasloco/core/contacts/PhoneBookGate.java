package org.trasloco.core.contacts;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.trasloco.core.history.Participant;
import org.trasloco.core.history.PhoneBookEntry;

/**
 * The privacy gate for phone books: decides whether a phone-book entry may be someone in the
 * history, so that only such entries are ever stored. An entry passes when its name has the same
 * {@link NameKey} as a participant, when its platform id is a participant's, or when one of its
 * numbers ends in the same digits as a participant's number: the last nine, or all of the shorter
 * number when one has fewer. That compares a number written nationally ({@code 333 123 4567},
 * {@code 8 912 345-67-89}) with the same number written internationally ({@code +39 333 123 4567},
 * {@code +7 912 345 67 89}) without knowing the country; the exact match with each country's rules is
 * made later by the people feature, which also forgets the entries it could not tie to anyone.
 */
public final class PhoneBookGate {

    /** Enough digits to tell numbers of one person's history apart, few enough to skip any prefix. */
    static final int TAIL_DIGITS = 9;
    /** Fewer digits than this are not a phone number (short codes, typos). */
    static final int MIN_DIGITS = 7;
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9][0-9 ()\\-./\\u00A0\\u202F]{5,}");

    private final Set<String> names = new HashSet<>();
    /** Every participant number's endings of {@value #MIN_DIGITS} to {@value #TAIL_DIGITS} digits. */
    private final Set<String> endings = new HashSet<>();
    /** Participant numbers shorter than {@value #TAIL_DIGITS} digits, whole. */
    private final Set<String> shortNumbers = new HashSet<>();
    private final Set<String> platformIds = new HashSet<>();

    private PhoneBookGate() {
    }

    /**
     * A gate that lets through the entries that may be one of these participants.
     *
     * @param participants everyone in the history
     * @return the gate
     */
    public static PhoneBookGate of(Collection<Participant> participants) {
        PhoneBookGate gate = new PhoneBookGate();
        for (Participant participant : participants) {
            String key = NameKey.of(participant.name());
            if (!key.isEmpty()) {
                gate.names.add(key);
            }
            String phone = participant.phone() != null ? participant.phone()
                    : PHONE_LIKE.matcher(participant.name()).matches() ? participant.name() : null;
            String digits = digits(phone);
            if (digits != null) {
                for (int length = MIN_DIGITS; length <= Math.min(TAIL_DIGITS, digits.length()); length++) {
                    gate.endings.add(ending(digits, length));
                }
                if (digits.length() < TAIL_DIGITS) {
                    gate.shortNumbers.add(digits);
                }
            }
            if (participant.platformId() != null) {
                gate.platformIds.add(participant.platformId());
            }
        }
        return gate;
    }

    /**
     * Whether the entry may be someone in the history.
     *
     * @param entry a phone-book entry
     * @return {@code true} when it may be stored
     */
    public boolean admits(PhoneBookEntry entry) {
        if (entry.platformId() != null && platformIds.contains(entry.platformId())) {
            return true;
        }
        for (String phone : entry.phones()) {
            if (sameNumberEnding(digits(phone))) {
                return true;
            }
        }
        String key = NameKey.of(entry.name());
        return !key.isEmpty() && names.contains(key);
    }

    private boolean sameNumberEnding(String digits) {
        if (digits == null) {
            return false;
        }
        // This number is the shorter one (or both are long): its own ending must be a participant's.
        if (endings.contains(ending(digits, Math.min(TAIL_DIGITS, digits.length())))) {
            return true;
        }
        // A participant's number is the shorter one: it must be this number's ending.
        for (int length = MIN_DIGITS; length < Math.min(TAIL_DIGITS, digits.length()); length++) {
            if (shortNumbers.contains(digits.substring(digits.length() - length))) {
                return true;
            }
        }
        return false;
    }

    private static String ending(String digits, int length) {
        return length + ":" + digits.substring(digits.length() - length);
    }

    /**
     * The digits of a number before any extension or dialling pause; {@code null} for text with
     * fewer than {@value #MIN_DIGITS} digits.
     *
     * @param phone a number as written, or {@code null}
     * @return its digits, or {@code null}
     */
    static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (Character.isLetter(c) || c == ',' || c == ';' || c == '#') {
                break; // an extension or a dialling pause follows
            }
        }
        return digits.length() < MIN_DIGITS ? null : digits.toString();
    }
}
