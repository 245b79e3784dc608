/**
 * Workshop mode: a participants list (CSV: name, language, optionally the address wanted and an
 * account-invite token from the server) becomes one kit per participant, in their language, and a
 * facilitator sheet with who gets which address and a checklist; in one PDF or one file per person.
 */
package org.trasloco.invites.workshop;
