package org.trasloco.invites.kit;

import java.util.ArrayList;
import java.util.List;
import org.trasloco.invites.apps.AppChoice;
import org.trasloco.invites.apps.Platform;
import org.trasloco.invites.apps.StoreLink;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.invites.typeset.TextStyle;

/**
 * "Which app to install": one box per platform, with a QR code to the best app's store and, in
 * text, every app and every place to get it. In normal print the boxes are set a little smaller
 * when that keeps them on one page (long languages, a server's extra web chat); large print never
 * shrinks and flows onto a second page instead.
 */
final class AppsPage {

    /** How far normal print may shrink the boxes to fit one page. */
    private static final float[] SCALES = {1f, 0.94f, 0.88f, 0.82f};

    private AppsPage() {
    }

    static void draw(Composer c, KitContent kit) {
        Flow flow = Flow.titled(c, c.text(KitText.APPS_TITLE));
        Theme t = c.theme;
        flow.advance(flow.canvas().lines(c.wrap(c.text(KitText.APPS_INTRO), c.body(), c.contentWidth()), c.left(), flow.y()));
        flow.space(t.gap() * 1.5f);

        int columns = t.appColumns();
        float cellWidth = (c.contentWidth() - t.gap() * (columns - 1)) / columns;
        List<List<Cell>> rows = null;
        for (float scale : columns > 1 ? SCALES : new float[] {1f}) {
            rows = layout(c, kit, cellWidth, columns, scale);
            if (flow.fits(height(rows, t.gap()))) {
                break;
            }
        }
        for (List<Cell> row : rows) {
            float height = rowHeight(row);
            flow.ensure(height);
            for (int j = 0; j < row.size(); j++) {
                row.get(j).draw(c, flow.canvas(), c.left() + j * (cellWidth + t.gap()), flow.y(), cellWidth, height);
            }
            flow.advance(height + t.gap());
        }
    }

    private static List<List<Cell>> layout(Composer c, KitContent kit, float cellWidth, int columns, float scale) {
        Styles styles = Styles.of(c, scale);
        List<Cell> cells = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            List<AppChoice> choices = kit.apps().forPlatform(platform);
            if (!choices.isEmpty()) {
                cells.add(Cell.layout(c, styles, platform, choices, cellWidth));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += columns) {
            rows.add(cells.subList(i, Math.min(cells.size(), i + columns)));
        }
        return rows;
    }

    private static float rowHeight(List<Cell> row) {
        return row.stream().map(Cell::height).reduce(0f, Math::max);
    }

    private static float height(List<List<Cell>> rows, float gap) {
        float height = 0;
        for (List<Cell> row : rows) {
            height += rowHeight(row) + gap;
        }
        return height - gap;
    }

    /** The styles of the boxes at one scale. */
    private record Styles(TextStyle platform, TextStyle name, TextStyle description, TextStyle fine, TextStyle link,
            float qrSize, float padding) {

        static Styles of(Composer c, float k) {
            return new Styles(scaled(c.h2(), k), scaled(c.bodyBold(), k), scaled(c.small(), k), scaled(c.fine(), k),
                    scaled(c.link(), k), c.theme.appsQr() * Math.max(k, 0.9f), c.theme.gap() * k);
        }

        private static TextStyle scaled(TextStyle style, float k) {
            return style.withSize(style.size() * k);
        }
    }

    /** One platform's box, laid out before drawing so a row can take its tallest box's height. */
    private record Cell(AppChoice first, List<TextLine> head, List<TextLine> caption, List<Block> blocks,
            float padding, float qrSize, float height) {

        static Cell layout(Composer c, Styles s, Platform platform, List<AppChoice> choices, float width) {
            float padding = s.padding();
            float qrSize = s.qrSize();
            float headWidth = width - padding * 3 - qrSize;
            float inner = width - padding * 2;
            AppChoice first = choices.get(0);
            List<Span> head = new ArrayList<>();
            head.add(new Span(c.text(platform.label()) + "\n", s.platform()));
            head.add(new Span(first.app().name() + "\n", s.name()));
            head.add(new Span(first.app().description(c.language()), s.description()));
            List<TextLine> headLines = c.wrap(head, headWidth);
            List<TextLine> caption = c.wrap(c.text(KitText.APPS_SCAN), s.fine(), qrSize + padding);
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block(c.wrap(invitesNote(c, first), s.fine(), inner), null, 0));
            blocks.addAll(details(c, s, first, inner));
            for (AppChoice other : choices.subList(1, choices.size())) {
                blocks.add(new Block(c.wrap(List.of(new Span(other.app().name() + "  ", s.name()),
                        new Span(invitesNote(c, other) + "\n", s.fine()),
                        new Span(other.app().description(c.language()), s.description())), inner), null, padding / 2));
                blocks.addAll(details(c, s, other, inner));
            }
            float height = padding * 2 + headHeight(headLines, qrSize, caption) + padding / 2;
            for (Block block : blocks) {
                height += block.before() + TextLayout.height(block.lines());
            }
            return new Cell(first, headLines, caption, blocks, padding, qrSize, height);
        }

        private static float headHeight(List<TextLine> head, float qrSize, List<TextLine> caption) {
            return Math.max(TextLayout.height(head), qrSize + TextLayout.height(caption));
        }

        /** Whether the app opens invite links or needs addresses typed. */
        private static String invitesNote(Composer c, AppChoice choice) {
            return c.text(choice.app().opensInviteLinks() ? KitText.APPS_OPENS_INVITES : KitText.APPS_BY_ADDRESS);
        }

        /** One line per place to get the app. */
        private static List<Block> details(Composer c, Styles s, AppChoice choice, float width) {
            List<Block> blocks = new ArrayList<>();
            for (StoreLink link : choice.links()) {
                blocks.add(new Block(c.wrap(List.of(new Span(c.text(KitText.LABEL, c.text(link.store().label())) + " ", s.fine()),
                        new Span(link.url(), s.link())), width), link.url(), 0));
            }
            return blocks;
        }

        void draw(Composer c, Canvas canvas, float x, float top, float width, float rowHeight) {
            canvas.roundRect(x, top - rowHeight, width, rowHeight, 10, Rgb.ACCENT_SOFT, null);
            float qrX = x + width - padding - qrSize;
            float qrTop = top - padding;
            c.qr(canvas, first.primary().url(), qrX, qrTop - qrSize, qrSize);
            canvas.centred(caption, qrX + qrSize / 2, qrTop - qrSize - 1);
            canvas.lines(head, x + padding, top - padding);
            float y = top - padding - headHeight(head, qrSize, caption) - padding / 2;
            for (Block block : blocks) {
                y -= block.before();
                if (block.url() == null) {
                    y -= canvas.lines(block.lines(), x + padding, y);
                } else {
                    y -= c.printedLink(canvas, block.lines(), x + padding, y, block.url());
                }
            }
        }
    }

    /** Lines of a box, with the link they print if any and the space above them. */
    private record Block(List<TextLine> lines, String url, float before) {
    }
}
