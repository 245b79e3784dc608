package org.trasloco.xmpp.registration;

/** What kind of input a sign-up form field wants (XEP-0004 field types, grouped for a user interface). */
public enum FieldKind {
    /** One line of text ({@code text-single}, {@code jid-single}). */
    TEXT,
    /** One line of text to hide while typing ({@code text-private}). */
    SECRET,
    /** Several lines or values ({@code text-multi}, {@code jid-multi}). */
    TEXT_MULTI,
    /** Yes or no ({@code boolean}). */
    BOOLEAN,
    /** One of the options ({@code list-single}). */
    CHOICE,
    /** Any of the options ({@code list-multi}). */
    MULTI_CHOICE,
    /** Text to show, not a question ({@code fixed}). */
    FIXED,
    /** Not shown; sent back as it came ({@code hidden}). */
    HIDDEN
}
