package org.trasloco.invites.csv;

import org.trasloco.core.i18n.MessageKey;

/** The texts of the CSV package ({@code org/trasloco/invites/csv/messages*.properties}). */
public enum CsvText implements MessageKey {
    /** {0} the file: it cannot be read. */
    UNREADABLE("unreadable"),
    /** {0} the file: it is not UTF-8 text. */
    NOT_UTF8("notUtf8"),
    /** {0} the file: it has no header row. */
    EMPTY("empty"),
    /** {0} the file, {1} the line where the quoted value starts. */
    UNCLOSED_QUOTE("unclosedQuote"),
    /** {0} the file, {1} the column wanted, {2} the columns present. */
    MISSING_COLUMN("missingColumn"),
    /** {0} the file, {1} the line, {2} the problem (a nested text). */
    AT_LINE("atLine"),
    /** {0} the file: more rows than this reader takes. */
    TOO_MANY_ROWS("tooManyRows");

    private final String key;

    CsvText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.invites.csv.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
