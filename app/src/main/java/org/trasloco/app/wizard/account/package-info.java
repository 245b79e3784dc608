/**
 * Step 4, "Your new address": a new address on a server chosen for this history, an invitation, or
 * an address the user already has; the server's own sign-up form (a CAPTCHA included), a generated
 * password with a printable credentials card, a self-signed server's fingerprint to compare. The
 * step ends with an account that logged in.
 */
package org.trasloco.app.wizard.account;
