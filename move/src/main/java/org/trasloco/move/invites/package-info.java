/**
 * Inviting the user's people and printing: the invitations for everyone the people step marked
 * "invite" (with the ones already sent remembered), the printable kit and its preview, and the kits
 * of a workshop.
 */
package org.trasloco.move.invites;
