package org.trasloco.invites.kit;

/**
 * Where a QR code was drawn, so that a reader (or a test) can find and check it.
 *
 * @param page the page, 0-based, in the whole document
 * @param x the left edge of the code's quiet zone, in points from the page's left edge
 * @param y the bottom edge of the quiet zone, in points from the page's bottom edge
 * @param size the side of the code including its quiet zone, in points
 * @param content the text the code carries
 */
public record PlacedQr(int page, float x, float y, float size, String content) {
}
