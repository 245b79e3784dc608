/**
 * Bringing chats into the move's workspace: every export found at the paths the user gave, each in
 * its own transaction, with an outcome per export (imported, a question to answer, cut off, failed,
 * cancelled) and warnings as they come. Shared by {@code trasloco import} and the wizard's chats step.
 */
package org.trasloco.move.chats;
