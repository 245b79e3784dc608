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
 * scan, the links beside it, and a box saying which app to install on which device.
 */
final class CoverPage {

    private static final float BAND_PADDING = 26;

    private CoverPage() {
    }

    static void draw(Composer c, KitContent kit) {
        Canvas canvas = c.newPage();
        Theme t = c.theme;
        float width = c.contentWidth();
        float centre = c.paper.width() / 2;

        // The band across the top.
        String title = kit.owner().name() == null ? c.text(KitText.COVER_TITLE)
                : c.text(KitText.COVER_TITLE_NAMED, kit.owner().name());
        TextStyle kickerStyle = c.smallBold().withColor(Rgb.ACCENT_SOFT);
        TextStyle titleStyle = new TextStyle(c.fonts.bold(), t.coverTitle(), Rgb.WHITE);
        List<TextLine> kicker = c.wrap(c.text(KitText.COVER_KICKER), kickerStyle, width);
        List<TextLine> titleLines = c.wrap(title, titleStyle, width);
        float bandHeight = BAND_PADDING * 2 + TextLayout.height(kicker) + 4 + TextLayout.height(titleLines);
        float bandBottom = canvas.height() - bandHeight;
        canvas.rect(0, bandBottom, canvas.width(), bandHeight, Rgb.ACCENT);
        float y = canvas.height() - BAND_PADDING;
        y -= canvas.lines(kicker, c.left(), y) + 4;
        canvas.lines(titleLines, c.left(), y);

        // The apps box at the bottom: measured first, the QR code takes what is left.
        AppsBox box = AppsBox.layout(c, kit, width);

        // Address, QR code, caption and links, centred.
        y = bandBottom - t.gap() * 2.2f;
        List<TextLine> label = c.wrap(c.text(KitText.COVER_ADDRESS_LABEL), c.small(), width);
        List<TextLine> address = addressLines(c, kit.owner().address().toString(), width);
        List<TextLine> scan = c.wrap(c.text(KitText.COVER_SCAN), c.bodyBold(), width);
        List<TextLine> help = c.wrap(c.text(KitText.COVER_SCAN_HELP), c.small(), Math.min(width, 380));
        List<TextLine> landingLabel = c.wrap(c.text(KitText.COVER_LINK_LABEL), c.fine(), width);
        List<TextLine> landing = c.wrap(kit.addMe().landing(), c.link(), Math.min(width, 420));
        List<TextLine> appLabel = c.wrap(c.text(KitText.COVER_APP_LINK_LABEL), c.fine(), width);
        List<TextLine> appLink = c.wrap(kit.addMe().uri().toString(), c.link(), Math.min(width, 420));
        float textHeight = TextLayout.height(label) + TextLayout.height(address) + TextLayout.height(scan)
                + TextLayout.height(help) + TextLayout.height(landingLabel) + TextLayout.height(landing)
                + TextLayout.height(appLabel) + TextLayout.height(appLink) + t.gap() * 5;
        float available = y - (c.bottom() + box.height() + t.gap() * 1.5f) - textHeight;
        float frame = 8;
        float qrSize = Math.max(120, Math.min(t.coverQr(), available - frame * 2));
        // Centre the block in the room left above the apps box.
        y -= Math.max(0, (available - frame * 2 - qrSize) / 2);

        y -= canvas.centred(label, centre, y);
        y -= canvas.centred(address, centre, y) + t.gap();
        canvas.roundRect(centre - qrSize / 2 - frame, y - qrSize - frame * 2, qrSize + frame * 2, qrSize + frame * 2, 10,
                Rgb.WHITE, Rgb.RULE);
        c.qr(canvas, kit.addMe().landing(), centre - qrSize / 2, y - frame - qrSize, qrSize);
        y -= qrSize + frame * 2 + t.gap();
        y -= canvas.centred(scan, centre, y);
        y -= canvas.centred(help, centre, y) + t.gap();
        y -= canvas.centred(landingLabel, centre, y);
        y -= centredLink(c, canvas, landing, centre, y, kit.addMe().landing()) + t.gap() / 2;
        y -= canvas.centred(appLabel, centre, y);
        centredLink(c, canvas, appLink, centre, y, kit.addMe().uri().toString());

        box.draw(c, canvas, c.left(), c.bottom() + box.height());
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

    /** The box "Which app?": one line per platform with its recommended apps. */
    private record AppsBox(List<TextLine> title, List<List<TextLine>> rows, List<TextLine> more, float padding,
            float height) {

        static AppsBox layout(Composer c, KitContent kit, float width) {
            float padding = c.theme.gap() * 1.4f;
            float inner = width - padding * 2;
            List<TextLine> title = c.wrap(c.text(KitText.COVER_APPS_TITLE), c.h2(), inner);
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
            List<TextLine> more = c.wrap(c.text(KitText.COVER_APPS_MORE) + " " + c.text(KitText.COVER_INSIDE),
                    c.fine(), inner);
            float height = padding * 2 + TextLayout.height(title) + c.theme.gap() / 2 + TextLayout.height(more)
                    + c.theme.gap() / 2;
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
