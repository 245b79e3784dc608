package org.trasloco.core.error;

import java.util.Locale;
import java.util.Objects;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/**
 * The domain exception: something the user has to know about went wrong (a file that cannot be
 * read, a server that refuses, a workspace that cannot be written). Its message is a
 * {@link LocalizedText} naming the file and line, or the step, that failed; the cause keeps the
 * technical detail for the "details" view and the log.
 *
 * <p>Unchecked, so that it passes through streaming callbacks; every front-end catches it at the
 * top of each user action.
 */
public class TraslocoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure this is; front-ends map it to exit codes and icons. */
    public enum Kind {
        /** An input file is unreadable, unrecognised, unsafe or too large. */
        BAD_INPUT,
        /** The user's request cannot be fulfilled as asked (e.g. an option is needed). */
        USAGE,
        /** The user cancelled the job. */
        CANCELLED,
        /** The workspace or another local file could not be read or written. */
        STORAGE,
        /** A server refused the request. */
        REFUSED,
        /** A server could not be reached, or the connection was not secure. */
        CONNECTION
    }

    private final transient LocalizedText text;
    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind what kind of failure this is
     * @param text the localised message
     * @param cause the technical cause, or {@code null}
     */
    public TraslocoException(Kind kind, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(text, "text").toString(), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = text;
    }

    /**
     * Creates the exception without a cause.
     *
     * @param kind what kind of failure this is
     * @param key the message key
     * @param args the message arguments
     */
    public TraslocoException(Kind kind, MessageKey key, Object... args) {
        this(kind, LocalizedText.of(key, args), null);
    }

    /** The localised message, for the user. */
    public LocalizedText text() {
        return text;
    }

    /** What kind of failure this is. */
    public Kind kind() {
        return kind;
    }

    /**
     * The message in the reader's language.
     *
     * @param locale the reader's language
     * @return the message
     */
    public String message(Locale locale) {
        return text.format(locale);
    }

    @Override
    public String getLocalizedMessage() {
        return text.format(Locale.getDefault());
    }
}
