/**
 * The account commands: {@code trasloco providers} (the providers catalogue, its filters and its
 * update), {@code trasloco account create} (a new address, by name or invitation, with a typed or a
 * generated password, answering CAPTCHAs on the terminal) and {@code trasloco account check} (log in
 * to an existing account). Exit codes: 0 done, 2 wrong command line, 4 the server refused, 5 the
 * server could not be reached securely.
 */
package org.trasloco.app.cli.account;
