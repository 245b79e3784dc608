package org.trasloco.invites.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.trasloco.invites.apps.AppChoice;
import org.trasloco.invites.apps.Platform;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.invites.typeset.TextStyle;

/**
 * The cover: a band with the title, the owner's address in big letters, the QR code their friends
 * scan, the links below it, and a box saying which app to install on which device.
 *
 * <p>The QR code comes first: it is never smaller than {@link Theme#coverQrMin()}. When the page
 * has no room for that with everything stacked in a column (large print, long languages, Letter
 * paper), the scan instructions move beside the code, then the box gives up its list of apps for
 * a pointer to the apps page, which follows, and last its line on what else the booklet holds.
 */
final class CoverPage {

    private static final float BAND_PADDING = 26;
    /** The white frame around the code. */
    private static final float FRAME = 8;
    /** The widest the links under the code are set. */
    private static final float LINK_WIDTH = 420;
    /** The smallest code drawn at all, one inch, when not even the most compact cover has room. */
    private static final float SMALLEST_QR = 72;

    private CoverPage() {
    }

    static void draw(Composer c, KitContent kit) {
        Canvas canvas = c.newPage();
        float top = band(c, canvas, kit) - c.theme.gap() * 2.2f;
        Texts texts = Texts.of(c, kit);
        Arrangement arrangement = Arrangement.choose(c, texts,
                List.of(AppsBox.full(c, kit), AppsBox.pointer(c, true), AppsBox.pointer(c, false)), top - c.bottom());
        arrangement.draw(c, canvas, kit, texts, top);
        arrangement.box().draw(c, canvas, c.left(), c.bottom() + arrangement.box().height());
    }

    /** The band across the top with the kicker and the title; returns its lower edge. */
    private static float band(Composer c, Canvas canvas, KitContent kit) {
        float width = c.contentWidth();
        String title = kit.owner().name() == null ? c.text(KitText.COVER_TITLE)
                : c.text(KitText.COVER_TITLE_NAMED, kit.owner().name());
        TextStyle kickerStyle = c.smallBold().withColor(Rgb.ACCENT_SOFT);
        TextStyle titleStyle = new TextStyle(c.fonts.bold(), c.theme.coverTitle(), Rgb.WHITE);
        List<TextLine> kicker = c.wrap(c.text(KitText.COVER_KICKER), kickerStyle, width);
        List<TextLine> titleLines = c.wrap(title, titleStyle, width);
        float bandHeight = BAND_PADDING * 2 + TextLayout.height(kicker) + 4 + TextLayout.height(titleLines);
        float bandBottom = canvas.height() - bandHeight;
        canvas.rect(0, bandBottom, canvas.width(), bandHeight, Rgb.ACCENT);
        float y = canvas.height() - BAND_PADDING;
        y -= canvas.lines(kicker, c.left(), y) + 4;
        canvas.lines(titleLines, c.left(), y);
        return bandBottom;
    }

    /** The address as large as fits on one line, down to body size; wrapped only if even that is too wide. */
    private static List<TextLine> addressLines(Composer c, String address, float width) {
        float size = c.theme.address();
        TextStyle style = new TextStyle(c.fonts.bold(), size, Rgb.ACCENT_DARK);
        while (style.width(address) > width && size > c.theme.body() + 2) {
            size -= 1;
            style = style.withSize(size);
        }
        return c.wrap(address, style, width);
    }

    private static float centredLink(Composer c, Canvas canvas, List<TextLine> lines, float centre, float top, String url) {
        float height = canvas.centred(lines, centre, top);
        float width = TextLayout.width(lines);
        canvas.link(centre - width / 2, top - height, width, height, url);
        c.recordLink(url);
        return height;
    }

    /** The texts around the code, laid out across the page (the scan texts are laid out again beside the code). */
    private record Texts(List<TextLine> label, List<TextLine> address, List<TextLine> landingLabel,
            List<TextLine> landing, List<TextLine> appLabel, List<TextLine> appLink) {

        static Texts of(Composer c, KitContent kit) {
            float width = c.contentWidth();
            float links = Math.min(width, LINK_WIDTH);
            return new Texts(c.wrap(c.text(KitText.COVER_ADDRESS_LABEL), c.small(), width),
                    addressLines(c, kit.owner().address().toString(), width),
                    c.wrap(c.text(KitText.COVER_LINK_LABEL), c.fine(), width),
                    c.wrap(kit.addMe().landing(), c.link(), links),
                    c.wrap(c.text(KitText.COVER_APP_LINK_LABEL), c.fine(), width),
                    c.wrap(kit.addMe().uri().toString(), c.link(), links));
        }

        /** The address and its label. */
        float headHeight() {
            return TextLayout.height(label) + TextLayout.height(address);
        }

        /** The two links with their labels. */
        float linksHeight(Theme t) {
            return TextLayout.height(landingLabel) + TextLayout.height(landing) + t.gap() / 2
                    + TextLayout.height(appLabel) + TextLayout.height(appLink);
        }

        static List<TextLine> scan(Composer c, float width) {
            return c.wrap(c.text(KitText.COVER_SCAN), c.bodyBold(), width);
        }

        static List<TextLine> help(Composer c, float width) {
            return c.wrap(c.text(KitText.COVER_SCAN_HELP), c.small(), width);
        }
    }

    /**
     * Where the code and the scan instructions go, how big the code is, and which apps box is
     * below: for each box from the fullest, stacked then beside; the first whose code is at least
     * the minimum, else the most compact.
     *
     * @param beside whether the instructions stand beside the code instead of under it
     * @param box the apps box at the bottom
     * @param qr the code's side
     * @param scan the instruction to scan, laid out
     * @param help what scanning does, laid out
     * @param height the height of everything between the band and the box
     * @param room the height available for it
     */
    private record Arrangement(boolean beside, AppsBox box, float qr, List<TextLine> scan, List<TextLine> help,
            float height, float room) {

        static Arrangement choose(Composer c, Texts texts, List<AppsBox> boxes, float room) {
            Arrangement last = null;
            for (AppsBox box : boxes) {
                for (boolean beside : new boolean[] {false, true}) {
                    last = measure(c, texts, box, beside, room - box.height() - c.theme.gap() * 1.5f);
                    if (last.qr() >= c.theme.coverQrMin()) {
                        return last;
                    }
                }
            }
            return last;
        }

        private static Arrangement measure(Composer c, Texts texts, AppsBox box, boolean beside, float room) {
            Theme t = c.theme;
            float width = c.contentWidth();
            float fixed = texts.headHeight() + t.gap() * 2 + texts.linksHeight(t) + FRAME * 2;
            if (!beside) {
                List<TextLine> scan = Texts.scan(c, width);
                List<TextLine> help = Texts.help(c, Math.min(width, 380));
                fixed += TextLayout.height(scan) + TextLayout.height(help) + t.gap();
                float qr = Math.max(SMALLEST_QR, Math.min(t.coverQr(), room - fixed));
                return new Arrangement(false, box, qr, scan, help, fixed + qr, room);
            }
            // Beside the code the instructions get narrower as the code grows: shrink the code
            // until the taller of the two fits.
            float qr = Math.max(SMALLEST_QR, Math.min(t.coverQr(), room - fixed));
            for (int attempt = 0; ; attempt++) {
                float textWidth = width - qr - FRAME * 2 - t.gap() * 1.5f;
                List<TextLine> scan = Texts.scan(c, textWidth);
                List<TextLine> help = Texts.help(c, textWidth);
                float text = TextLayout.height(scan) + t.gap() / 2 + TextLayout.height(help);
                float row = Math.max(qr + FRAME * 2, text);
                float over = fixed - FRAME * 2 + row - room;
                if (over <= 0 || attempt == 8 || qr <= SMALLEST_QR) {
                    return new Arrangement(true, box, qr, scan, help, fixed - FRAME * 2 + row, room);
                }
                qr = Math.max(SMALLEST_QR, qr - over);
            }
        }

        void draw(Composer c, Canvas canvas, KitContent kit, Texts texts, float top) {
            Theme t = c.theme;
            float centre = c.paper.width() / 2;
            // Centre the block in the room left above the apps box.
            float y = top - Math.max(0, (room - height) / 2);
            y -= canvas.centred(texts.label(), centre, y);
            y -= canvas.centred(texts.address(), centre, y) + t.gap();
            if (beside) {
                float text = TextLayout.height(scan) + t.gap() / 2 + TextLayout.height(help);
                float row = Math.max(qr + FRAME * 2, text);
                float textWidth = Math.max(TextLayout.width(scan), TextLayout.width(help));
                float left = centre - (qr + FRAME * 2 + t.gap() * 1.5f + textWidth) / 2;
                code(c, canvas, kit, left, y - (row - qr - FRAME * 2) / 2);
                float textX = left + qr + FRAME * 2 + t.gap() * 1.5f;
                float textTop = y - (row - text) / 2;
                textTop -= canvas.lines(scan, textX, textTop) + t.gap() / 2;
                canvas.lines(help, textX, textTop);
                y -= row + t.gap();
            } else {
                code(c, canvas, kit, centre - qr / 2 - FRAME, y);
                y -= qr + FRAME * 2 + t.gap();
                y -= canvas.centred(scan, centre, y);
                y -= canvas.centred(help, centre, y) + t.gap();
            }
            y -= canvas.centred(texts.landingLabel(), centre, y);
            y -= centredLink(c, canvas, texts.landing(), centre, y, kit.addMe().landing()) + t.gap() / 2;
            y -= canvas.centred(texts.appLabel(), centre, y);
            centredLink(c, canvas, texts.appLink(), centre, y, kit.addMe().uri().toString());
        }

        /** The code in its white frame, the frame's top left corner at x, top. */
        private void code(Composer c, Canvas canvas, KitContent kit, float x, float top) {
            float side = qr + FRAME * 2;
            canvas.roundRect(x, top - side, side, side, 10, Rgb.WHITE, Rgb.RULE);
            c.qr(canvas, kit.addMe().landing(), x + FRAME, top - FRAME - qr, qr);
        }
    }

    /**
     * The box "Which app?": one line per platform with its recommended apps, or, where the page has
     * no room for those, a line pointing to the apps page.
     */
    private record AppsBox(List<TextLine> title, List<List<TextLine>> rows, List<TextLine> more, float padding,
            float height) {

        static AppsBox full(Composer c, KitContent kit) {
            float inner = innerWidth(c);
            List<List<TextLine>> rows = new ArrayList<>();
            for (Platform platform : Platform.values()) {
                List<AppChoice> choices = kit.apps().forPlatform(platform);
                if (choices.isEmpty()) {
                    continue;
                }
                String apps = choices.stream().map(choice -> choice.app().name()).collect(Collectors.joining(", "));
                rows.add(c.wrap(List.of(new Span(c.text(KitText.LABEL, c.text(platform.label())) + "  ", c.body().withColor(Rgb.MUTED)),
                        new Span(apps, c.bodyBold())), inner));
            }
            return of(c, rows, c.wrap(c.text(KitText.COVER_APPS_MORE) + " " + c.text(KitText.COVER_INSIDE), c.fine(), inner));
        }

        /** The pointer to the apps page, with or without the line on what else is inside. */
        static AppsBox pointer(Composer c, boolean inside) {
            float inner = innerWidth(c);
            return of(c, List.of(c.wrap(c.text(KitText.COVER_APPS_NEXT), c.body(), inner)),
                    inside ? c.wrap(c.text(KitText.COVER_INSIDE), c.fine(), inner) : List.of());
        }

        private static float innerWidth(Composer c) {
            return c.contentWidth() - padding(c) * 2;
        }

        private static float padding(Composer c) {
            return c.theme.gap() * 1.4f;
        }

        private static AppsBox of(Composer c, List<List<TextLine>> rows, List<TextLine> more) {
            float padding = padding(c);
            List<TextLine> title = c.wrap(c.text(KitText.COVER_APPS_TITLE), c.h2(), innerWidth(c));
            float height = padding * 2 + TextLayout.height(title) + c.theme.gap() / 2
                    + (more.isEmpty() ? 0 : TextLayout.height(more) + c.theme.gap() / 2);
            for (List<TextLine> row : rows) {
                height += TextLayout.height(row);
            }
            return new AppsBox(title, rows, more, padding, height);
        }

        void draw(Composer c, Canvas canvas, float x, float top) {
            canvas.roundRect(x, top - height, c.contentWidth(), height, 12, Rgb.ACCENT_SOFT, null);
            float y = top - padding;
            float inner = x + padding;
            y -= canvas.lines(title, inner, y) + c.theme.gap() / 2;
            for (List<TextLine> row : rows) {
                y -= canvas.lines(row, inner, y);
            }
            canvas.lines(more, inner, y - c.theme.gap() / 2);
        }
    }
}
