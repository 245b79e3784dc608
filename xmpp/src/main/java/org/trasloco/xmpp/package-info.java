/**
 * Everything Trasloco does on an XMPP server: secure connections, the providers catalogue,
 * creating an account (in-band registration, CAPTCHAs, invitations), logging in, and generated
 * passwords. Built on Smack; no user interface here, only models a user interface can show and
 * {@link org.trasloco.core.error.TraslocoException}s with plain-language messages.
 *
 * <p>Packages by feature: {@code connection} (TLS, certificate pins, error mapping), {@code providers},
 * {@code registration}, {@code invitation}, {@code password}, {@code login}.
 */
package org.trasloco.xmpp;
