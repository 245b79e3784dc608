package org.trasloco.xmpp.registration;

import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * A server refused to create an account for a reason the person can act on: choose another name,
 * answer a new CAPTCHA, or sign up on the server's web page. Its message says so in plain words;
 * {@link #reason()} lets a user interface offer the way forward (suggest names, show the new
 * picture, open the page). Other refusals are plain {@link TraslocoException}s of kind
 * {@code REFUSED}.
 */
public final class RegistrationRefusedException extends TraslocoException {

    private static final long serialVersionUID = 1L;

    /** What the person can do about it. */
    public enum Reason {
        /** The name is taken: choose another. */
        NAME_TAKEN,
        /** The server does not allow that name: choose another. */
        NAME_NOT_ALLOWED,
        /** The answer to the CAPTCHA was wrong: answer a new one. */
        CAPTCHA_WRONG,
        /** The server creates accounts only on its web page (when known: {@link #webPage()}). */
        WEB_PAGE_ONLY
    }

    private final Reason reason;
    private final String webPage;

    /**
     * Creates the exception.
     *
     * @param reason what the person can do about it
     * @param webPage the server's sign-up page, or {@code null} when unknown
     * @param text the message for the person
     * @param cause the server's error, or {@code null}
     */
    public RegistrationRefusedException(Reason reason, String webPage, LocalizedText text, Throwable cause) {
        super(Kind.REFUSED, text, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.webPage = webPage;
    }

    /** What the person can do about it. */
    public Reason reason() {
        return reason;
    }

    /** The server's sign-up web page, when known. */
    public Optional<String> webPage() {
        return Optional.ofNullable(webPage);
    }
}
