package org.trasloco.importers.telegram.chat;

import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/** Builds the {@code BAD_INPUT} domain errors the Telegram readers throw. */
public final class TelegramErrors {

    private TelegramErrors() {
    }

    /**
     * A bad-input error.
     *
     * @param key what is wrong
     * @param args the text's arguments, the file first
     * @return the exception to throw
     */
    public static TraslocoException badInput(TelegramMessages key, Object... args) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, key, args);
    }

    /**
     * A bad-input error with its technical cause.
     *
     * @param cause what a library said
     * @param key what is wrong
     * @param args the text's arguments, the file first
     * @return the exception to throw
     */
    public static TraslocoException badInput(Throwable cause, TelegramMessages key, Object... args) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, LocalizedText.of(key, args), cause);
    }
}
