/**
 * The operator path: an XEP-0227 (v1.1) file with the user's history as a
 * {@code urn:xmpp:pie:0#mam} archive, for the server's operator to import with Prosody's
 * {@code prosody-migrator} (the recipe is in {@code docs/operators.md}).
 */
package org.trasloco.xmpp.archive.pie;
