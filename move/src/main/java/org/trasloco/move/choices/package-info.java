/**
 * The user's choices for a move, kept on its workspace so that the wizard and the command line see
 * the same ones and a move continues where it stopped: who is moving, the time zone of the exports,
 * the conversations that move, the account, how the history went into it, the invitations sent.
 */
package org.trasloco.move.choices;
