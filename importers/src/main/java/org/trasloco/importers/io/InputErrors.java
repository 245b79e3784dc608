package org.trasloco.importers.io;

import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** Builds the {@code BAD_INPUT} domain errors the readers throw. */
public final class InputErrors {

    private InputErrors() {
    }

    /**
     * A bad-input error.
     *
     * @param key what is wrong
     * @param args the message arguments, the file first
     * @return the exception to throw
     */
    public static TraslocoException badInput(MessageKey key, Object... args) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, key, args);
    }

    /**
     * A bad-input error with its technical cause.
     *
     * @param cause what the library said
     * @param key what is wrong
     * @param args the message arguments, the file first
     * @return the exception to throw
     */
    public static TraslocoException badInput(Throwable cause, MessageKey key, Object... args) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, LocalizedText.of(key, args), cause);
    }
}
