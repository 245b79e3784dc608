/**
 * Private copies of a move's history that need no server: the offline web keepsake, the printed book,
 * and the history added to the user's own Conversations backup — for the conversations that move,
 * with the user's names and the addresses from the people step, and the attachments from the exports.
 */
package org.trasloco.move.keepsake;
