package org.trasloco.app.wizard.account;

/** The three ways to the address the move goes to. */
enum AccountWay {
    /** A new address on a server the user chooses. */
    NEW,
    /** A new address with an invitation link or QR code. */
    INVITATION,
    /** An address the user already has. */
    EXISTING
}
