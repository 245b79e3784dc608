package org.trasloco.xmpp.archive.media;

import java.util.List;

/**
 * What the media step did.
 *
 * @param uploaded files uploaded now
 * @param alreadyThere files uploaded by an earlier run
 * @param leftBehind files not uploaded, each with why (a plain-language line)
 */
public record MediaReport(int uploaded, int alreadyThere, List<String> leftBehind) {

    /**
     * Copies the list.
     *
     * @param uploaded uploaded now
     * @param alreadyThere uploaded before
     * @param leftBehind not uploaded
     */
    public MediaReport {
        leftBehind = List.copyOf(leftBehind);
    }
}
