package org.trasloco.move.groups;

import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadProgress;

/**
 * Told how a groups run goes, from the run's thread: keep it cheap (a user interface copies the
 * values to its own thread on a timer).
 */
public interface GroupsListener extends UploadListener {

    /** A listener that ignores everything. */
    GroupsListener NONE = progress -> { };

    /** The parts of one group's move, in order. */
    enum Step {
        /** Its room is created or checked, and its members added. */
        ROOM,
        /** Its attachments go to the server's file upload. */
        MEDIA,
        /** Its messages go into the room's archive. */
        UPLOAD,
        /** The room's archive is read back and compared. */
        VERIFY,
        /** Its members are invited. */
        INVITE
    }

    /**
     * A part of a group's move begins.
     *
     * @param group the group
     * @param step which part
     */
    default void step(GroupPlan group, Step step) {
    }

    /**
     * The messages' progress (during {@link Step#UPLOAD}).
     *
     * @param progress how far
     */
    @Override
    void progress(UploadProgress progress);
}
