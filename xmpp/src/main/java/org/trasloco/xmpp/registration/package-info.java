/**
 * Creating an account (XEP-0077 in-band registration): the server's sign-up form read into a model a
 * user interface can show (XEP-0004 data forms, XEP-0158 CAPTCHAs with XEP-0221 media and XEP-0231
 * bits of binary, legacy fields as a fallback), answered, submitted, and every refusal explained in
 * plain language. {@link org.trasloco.xmpp.registration.AccountCreator} runs the whole sign-up,
 * including invitations (XEP-0445) and the check that the new account works.
 */
package org.trasloco.xmpp.registration;
