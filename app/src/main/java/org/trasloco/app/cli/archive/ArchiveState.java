package org.trasloco.app.cli.archive;

import java.util.Locale;
import java.util.Optional;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.login.AccountAddress;

/**
 * What an upload chose, kept in the workspace so that a later {@code verify} rebuilds the same
 * messages: the path, and the language of the labels written into notes and attachment lines.
 */
final class ArchiveState {

    private ArchiveState() {
    }

    static void remember(Workspace workspace, AccountAddress account, UploadPath path, Locale locale) {
        workspace.setProperty(key(account, "path"), path.id());
        workspace.setProperty(key(account, "language"), locale.toLanguageTag());
    }

    static Optional<UploadPath> path(Workspace workspace, AccountAddress account) {
        return workspace.property(key(account, "path")).map(id -> id.equals("notes") ? UploadPath.NOTES : UploadPath.IMPORT);
    }

    static Optional<Locale> language(Workspace workspace, AccountAddress account) {
        return workspace.property(key(account, "language")).map(Locale::forLanguageTag);
    }

    private static String key(AccountAddress account, String name) {
        return "archive." + account + "." + name;
    }
}
