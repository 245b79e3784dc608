package org.trasloco.keepsake.book;

import org.trasloco.invites.kit.PrintSize;

/**
 * Sizes of the book for one print size, in points. Large print sets messages at 16 pt, as the
 * kits' large print does.
 *
 * @param margin page margin
 * @param body message text
 * @param small author and time, notes
 * @param fine footers
 * @param h1 chapter headings
 * @param h2 part (conversation) headings
 * @param cover the cover's title
 * @param leading line height as a multiple of the font size
 * @param gap space between messages
 * @param photoHeight the largest height of a photo, as a share of the text area's height
 */
record BookTheme(float margin, float body, float small, float fine, float h1, float h2, float cover, float leading,
        float gap, float photoHeight) {

    static BookTheme of(PrintSize size) {
        return switch (size) {
            case NORMAL -> new BookTheme(56, 11, 9, 8, 22, 16, 34, 1.35f, 7, 0.42f);
            case LARGE -> new BookTheme(48, 16, 13, 11, 30, 22, 40, 1.3f, 10, 0.45f);
        };
    }
}
