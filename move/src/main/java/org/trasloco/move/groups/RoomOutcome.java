package org.trasloco.move.groups;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.verify.VerificationReport;

/**
 * How one group's move ended.
 *
 * @param group the group and its room
 * @param created whether the room was created in this run
 * @param membersAdded the addresses made members in this run
 * @param invited the addresses invited in this run
 * @param media what happened to its attachments, when they went too
 * @param upload what was sent, when there was anything to send
 * @param verification what reading the room's archive back found
 */
public record RoomOutcome(GroupPlan group, boolean created, List<String> membersAdded, List<String> invited,
        Optional<MediaReport> media, Optional<UploadReport> upload, VerificationReport verification) {

    /**
     * Checks and copies.
     *
     * @param group the group
     * @param created created now
     * @param membersAdded members added now
     * @param invited invited now
     * @param media the attachments
     * @param upload the messages
     * @param verification the read-back
     */
    public RoomOutcome {
        Objects.requireNonNull(group, "group");
        membersAdded = List.copyOf(membersAdded);
        invited = List.copyOf(invited);
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(verification, "verification");
    }

    /** Whether every message is in the room's archive once and as sent. */
    public boolean complete() {
        return verification.complete();
    }
}
