package org.trasloco.xmpp.archive.media;

import java.util.List;

/**
 * What the media step did.
 *
 * @param uploaded files uploaded now
 * @param alreadyThere files uploaded by an earlier run
 * @param leftBehind files that stay on the computer by their nature, each with why (a plain-language
 *     line): not in the exports given, or larger than the server takes
 * @param failed files whose upload failed (the server refused the slot, the upload answered an HTTP
 *     error), each with why: their messages go without them, and the next upload tries again
 */
public record MediaReport(int uploaded, int alreadyThere, List<String> leftBehind, List<String> failed) {

    /**
     * Copies the lists.
     *
     * @param uploaded uploaded now
     * @param alreadyThere uploaded before
     * @param leftBehind not uploaded, by their nature
     * @param failed not uploaded, because the upload failed
     */
    public MediaReport {
        leftBehind = List.copyOf(leftBehind);
        failed = List.copyOf(failed);
    }

    /** Whether every file that could go went. */
    public boolean complete() {
        return failed.isEmpty();
    }
}
