/**
 * The workflows of a move, without a user interface: bringing chats into the workspace
 * ({@code chats}), the user's choices kept on the workspace ({@code choices}), reaching and creating
 * the account ({@code account}), putting the history into the archive and reading it back
 * ({@code history}), and inviting people and printing kits ({@code invites}).
 *
 * <p>The wizard and the command line are thin callers of these classes: they gather the user's
 * answers, start a workflow, show its progress and report its result. Nothing here uses JavaFX or
 * picocli (DESIGN §2).
 */
package org.trasloco.move;
