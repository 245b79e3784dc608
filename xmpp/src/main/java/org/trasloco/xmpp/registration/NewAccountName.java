package org.trasloco.xmpp.registration;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jxmpp.jid.parts.Localpart;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Checks the name a person wants for a new account (the part before {@code @}) while they type it,
 * with the rules every XMPP server applies (RFC 7622 local parts): no spaces, none of
 * {@code " & ' / : < > @}, at most 1023 bytes, and the server's own normalisation (lower case).
 *
 * <p>Whether the name is still free cannot be checked here, nor asked of a server before the
 * account is created: in-band registration (XEP-0077) has no query for it, and the only answer is
 * the server's refusal ({@code conflict}) when the account is created with a taken name.
 */
public final class NewAccountName {

    /** Characters RFC 7622 forbids in a local part, besides spaces and controls. */
    static final String FORBIDDEN = "\"&'/:<>@";

    private static final int MAX_BYTES = 1023;

    private NewAccountName() {
    }

    /** The outcome of a check: the name as the server will store it, or what is wrong with it. */
    public sealed interface Verdict permits Usable, Unusable {
    }

    /**
     * A name that can be asked for.
     *
     * @param name the name as the server will store it (lower case), e.g. {@code anna.rossi}
     */
    public record Usable(String name) implements Verdict {
        /**
         * Checks the value.
         *
         * @param name the normalised name
         */
        public Usable {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A name that cannot work.
     *
     * @param problem what is wrong
     * @param detail the character at fault for {@link Problem#CHARACTER}, the part before {@code @}
     *     for {@link Problem#WHOLE_ADDRESS}, else empty
     */
    public record Unusable(Problem problem, String detail) implements Verdict {
        /**
         * Checks the values.
         *
         * @param problem the problem
         * @param detail the detail, never {@code null}
         */
        public Unusable {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** What can be wrong with a name. */
    public enum Problem {
        /** Nothing typed yet. */
        EMPTY,
        /** A whole address was typed ({@code anna@server}); only the name is wanted. */
        WHOLE_ADDRESS,
        /** It contains a space. */
        SPACE,
        /** It contains a character addresses cannot have. */
        CHARACTER,
        /** It is longer than addresses allow. */
        TOO_LONG,
        /** The normalisation refuses it for another reason (control or unassigned characters). */
        INVALID
    }

    /**
     * Checks a name as typed; spaces around it are ignored.
     *
     * @param typed what the person typed
     * @return the name as the server will store it, or what is wrong
     */
    public static Verdict check(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return new Unusable(Problem.EMPTY, "");
        }
        int at = name.indexOf('@');
        if (at >= 0) {
            return new Unusable(Problem.WHOLE_ADDRESS, name.substring(0, at).strip());
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return new Unusable(Problem.SPACE, "");
            }
            if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
                return new Unusable(Problem.CHARACTER, new String(Character.toChars(c)));
            }
            i += Character.charCount(c);
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return new Unusable(Problem.TOO_LONG, "");
        }
        try {
            return new Usable(Localpart.from(name).toString());
        } catch (XmppStringprepException | IllegalArgumentException e) {
            return new Unusable(Problem.INVALID, "");
        }
    }
}
