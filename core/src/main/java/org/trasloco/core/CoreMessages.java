package org.trasloco.core;

import org.trasloco.core.i18n.MessageKey;

/** The keys of the core module's bundle ({@code org/trasloco/core/messages*.properties}). */
public enum CoreMessages implements MessageKey {
    /** The user cancelled a job. */
    JOB_CANCELLED("job.cancelled"),
    /** {0} workspace path: cannot be opened or created. */
    WORKSPACE_OPEN_FAILED("workspace.openFailed"),
    /** {0} workspace path: the file is not a Trasloco workspace. */
    WORKSPACE_NOT_OURS("workspace.notOurs"),
    /** {0} workspace path, {1} its schema version, {2} the newest version this program knows. */
    WORKSPACE_TOO_NEW("workspace.tooNew"),
    /** {0} workspace path: reading or writing failed. */
    WORKSPACE_IO("workspace.io"),
    /** {0} workspace path: another program holds it. */
    WORKSPACE_BUSY("workspace.busy"),
    /** {0} a file the user asked for (a kit, a keepsake): it could not be written. */
    FILE_NOT_WRITTEN("file.notWritten");

    private final String key;

    CoreMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.core.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
