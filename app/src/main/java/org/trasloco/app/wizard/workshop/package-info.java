/**
 * The workshop journey's steps: the participants list and the server, the account invitations made
 * as the server's administrator, and the kits saved and printed.
 */
package org.trasloco.app.wizard.workshop;
