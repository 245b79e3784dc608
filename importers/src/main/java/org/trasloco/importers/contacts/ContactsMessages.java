package org.trasloco.importers.contacts;

import java.nio.file.Path;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** The texts of the people feature ({@code org/trasloco/importers/contacts/messages*.properties}). */
public enum ContactsMessages implements MessageKey {
    /** {0} file. */
    VCARD_NOT_FOUND("vcard.notFound"),
    /** {0} file. */
    VCARD_UNREADABLE("vcard.unreadable"),
    /** {0} file. */
    VCARD_NO_CARD("vcard.noCard"),
    /** {0} the contact whose choice was dropped, {1} the contact whose choice was kept. */
    MERGE_DECISIONS_MET("merge.decisionsMet"),
    /** {0} what was typed. */
    PERSON_NOT_FOUND("person.notFound"),
    /** {0} what was typed, {1} the people it fits (PERSON_LIST or PERSON_LIST_MORE). */
    PERSON_AMBIGUOUS("person.ambiguous"),
    /** {0} the people, each "Name (#id: chats)". */
    PERSON_LIST("person.list"),
    /** {0} the first people, {1} how many more. */
    PERSON_LIST_MORE("person.listMore"),
    /** {0} the word typed. */
    DECISION_KNOWN_NEEDS_ADDRESS("decision.knownNeedsAddress"),
    /** {0} the value typed. */
    DECISION_UNKNOWN("decision.unknown"),
    /** {0} the word in the decision column. */
    DECISION_UNKNOWN_WORD("decision.unknownWord"),
    /** {0} the address, {1} the decision word beside it. */
    DECISION_ADDRESS_WITHOUT_KNOWN("decision.addressWithoutKnown"),
    /** The word for "not decided yet". */
    DECISION_UNDECIDED("decision.undecided"),
    /** The word for "already on XMPP at this address". */
    DECISION_KNOWN("decision.known"),
    /** The word for "invite". */
    DECISION_INVITE("decision.invite"),
    /** The word for "skip". */
    DECISION_SKIP("decision.skip"),
    /** The word for "this is me". */
    DECISION_ME("decision.me"),
    /** Column header. */
    CSV_COLUMN_ID("csv.column.id"),
    /** Column header. */
    CSV_COLUMN_NAME("csv.column.name"),
    /** Column header. */
    CSV_COLUMN_ALIASES("csv.column.aliases"),
    /** Column header. */
    CSV_COLUMN_PHONES("csv.column.phones"),
    /** Column header. */
    CSV_COLUMN_TELEGRAM("csv.column.telegram"),
    /** Column header. */
    CSV_COLUMN_CHATS("csv.column.chats"),
    /** Column header. */
    CSV_COLUMN_MESSAGES("csv.column.messages"),
    /** Column header. */
    CSV_COLUMN_DECISION("csv.column.decision"),
    /** Column header. */
    CSV_COLUMN_ADDRESS("csv.column.address"),
    /** {0} file. */
    CSV_WRITE_FAILED("csv.writeFailed"),
    /** {0} file. */
    CSV_NOT_FOUND("csv.notFound"),
    /** {0} file. */
    CSV_NOT_UTF8("csv.notUtf8"),
    /** {0} file. */
    CSV_UNREADABLE("csv.unreadable"),
    /** Row problem: the file has no line at all. */
    CSV_EMPTY("csv.empty"),
    /** Row problem: a quote is never closed. */
    CSV_UNCLOSED_QUOTE("csv.unclosedQuote"),
    /** Row problem: {0} the missing column's name. */
    CSV_MISSING_COLUMN("csv.missingColumn"),
    /** Row problem: {0} the id cell. */
    CSV_BAD_ID("csv.badId"),
    /** Row problem: {0} the id. */
    CSV_UNKNOWN_ID("csv.unknownId"),
    /** Row problem: {0} the id, {1} the line where it appeared first. */
    CSV_DUPLICATE_ID("csv.duplicateId"),
    /** Row problem: {0} the line of the first "me". */
    CSV_TWO_ME("csv.twoMe");

    private final String key;

    ContactsMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.importers.contacts.messages";
    }

    @Override
    public String key() {
        return key;
    }

    /** A bad-input error with this text about {@code file}. */
    TraslocoException badInput(Path file, Throwable cause) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, LocalizedText.of(this, file), cause);
    }
}
