package org.trasloco.invites.kit;

import java.util.List;

/**
 * What was printed.
 *
 * @param pages the number of pages
 * @param qrCodes every QR code, in drawing order
 * @param links every link printed as text, in printing order (repeats included)
 */
public record KitResult(int pages, List<PlacedQr> qrCodes, List<String> links) {

    /**
     * Copies the lists.
     *
     * @param pages the number of pages
     * @param qrCodes the QR codes
     * @param links the links
     */
    public KitResult {
        qrCodes = List.copyOf(qrCodes);
        links = List.copyOf(links);
    }
}
