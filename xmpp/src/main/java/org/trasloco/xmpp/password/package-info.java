/**
 * Passwords: a holder that never shows its content by accident, and a generator of strong,
 * readable passwords from word lists in the user's language (Italian or English).
 */
package org.trasloco.xmpp.password;
