/**
 * What a move or a workshop did, read from its choices for the wizard's last step: the address,
 * the messages confirmed, the invitations, the printed kits, and where it is all kept.
 */
package org.trasloco.move.summary;
