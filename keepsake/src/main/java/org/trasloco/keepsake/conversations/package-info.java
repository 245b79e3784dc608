/**
 * The history straight into the phone's app: Conversations (Android) and its forks restore
 * encrypted backups ({@code .ceb}); {@link org.trasloco.keepsake.conversations.ConversationsBackup}
 * takes the user's own backup, adds the imported conversations and messages, and encrypts it again,
 * so that no server ever holds the old chats. The format was studied from the app's source (read,
 * never copied): {@code utils/BackupFileHeader}, {@code ExportBackupWorker} and
 * {@code ImportBackupWorker}, {@code persistance/DatabaseBackend}, the {@code Message} and
 * {@code Conversation} entities.
 */
package org.trasloco.keepsake.conversations;
