package org.trasloco.invites.kit;

/**
 * Sizes for one print size, in points. Large print keeps body text at 16 pt or more and scales
 * the rest with it, QR codes included (two invite cards a page instead of six, so that each has
 * room for a bigger code); links stay smaller (they are a fallback for the QR codes beside them).
 *
 * @param margin page margin
 * @param body body text
 * @param small secondary text
 * @param fine links and footers
 * @param h1 page titles
 * @param h2 sub-headings
 * @param coverTitle the cover's title
 * @param address the largest size of the address on the cover
 * @param leading line height as a multiple of the font size
 * @param coverQr the cover QR code's side, quiet zone included, when the page has room for it
 * @param coverQrMin the smallest the cover code may get before the cover is arranged more compactly;
 *     in large print it is normal print's full size, so large print never has a smaller code
 * @param appsQr a store QR code's side
 * @param cardQr an invite card QR code's side
 * @param cardColumns invite cards per row
 * @param cardRows rows of invite cards per page
 * @param appColumns columns of the apps page
 * @param gap space between blocks
 */
record Theme(float margin, float body, float small, float fine, float h1, float h2, float coverTitle, float address,
        float leading, float coverQr, float coverQrMin, float appsQr, float cardQr, int cardColumns, int cardRows, int appColumns,
        float gap) {

    static Theme of(PrintSize size) {
        return switch (size) {
            case NORMAL -> new Theme(46, 12, 10, 8, 24, 14, 28, 30, 1.38f, 236, 180, 70, 112, 2, 3, 2, 10);
            case LARGE -> new Theme(40, 16, 13, 11, 32, 20, 34, 40, 1.32f, 264, 236, 84, 170, 1, 2, 1, 12);
        };
    }

    /** The height of one line of text at {@code size}. */
    float lineHeight(float size) {
        return size * leading;
    }
}
