package org.trasloco.invites.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.invites.typeset.TextStyle;

/** The facilitator sheet as a table: number, name, language, address, five boxes to tick, room for notes. */
final class FacilitatorPages {

    private static final KitText[] CHECKS = {KitText.FACILITATOR_CHECK_APP, KitText.FACILITATOR_CHECK_ACCOUNT,
        KitText.FACILITATOR_CHECK_CONTACT, KitText.FACILITATOR_CHECK_PADLOCK, KitText.FACILITATOR_CHECK_KIT};

    private FacilitatorPages() {
    }

    static void draw(Composer c, FacilitatorSheet sheet) {
        Flow flow = Flow.titled(c, c.text(KitText.FACILITATOR_TITLE));
        Theme t = c.theme;
        float width = c.contentWidth();
        flow.lines(c.wrap(c.text(KitText.FACILITATOR_SUMMARY, sheet.server(), sheet.rows().size()), c.small(), width),
                c.left(), null);
        List<Span> legend = new ArrayList<>();
        legend.add(new Span(c.text(KitText.LABEL, c.text(KitText.FACILITATOR_CHECKLIST)) + "  ", c.smallBold()));
        for (int i = 0; i < CHECKS.length; i++) {
            legend.add(new Span((i + 1) + " " + c.text(CHECKS[i]) + (i < CHECKS.length - 1 ? "   " : ""), c.small()));
        }
        flow.lines(c.wrap(legend, width), c.left(), null);
        flow.space(t.gap());

        Columns columns = Columns.of(c, width);
        header(c, flow, columns);
        for (int i = 0; i < sheet.rows().size(); i++) {
            FacilitatorSheet.Row row = sheet.rows().get(i);
            List<TextLine> name = c.wrap(row.name(), c.bodyBold(), columns.name - t.gap());
            List<Span> addressSpans = new ArrayList<>();
            addressSpans.add(new Span(row.address(), c.smallBold().withColor(Rgb.ACCENT_DARK)));
            if (row.suggested()) {
                addressSpans.add(new Span("\n" + c.text(KitText.FACILITATOR_SUGGESTED), c.fine()));
            }
            List<TextLine> address = c.wrap(addressSpans, columns.address - t.gap());
            float height = Math.max(TextLayout.height(name), TextLayout.height(address)) + t.gap();
            if (!flow.fits(height)) {
                flow.newPage();
                header(c, flow, columns);
            }
            Canvas canvas = flow.canvas();
            float top = flow.y();
            if (i % 2 == 0) {
                canvas.rect(c.left(), top - height, width, height, Rgb.ACCENT_SOFT);
            }
            float x = c.left() + t.gap() / 2;
            canvas.lines(c.wrap(String.valueOf(i + 1), c.small(), columns.number), x, top - t.gap() / 2);
            x += columns.number;
            canvas.lines(name, x, top - t.gap() / 2);
            x += columns.name;
            canvas.lines(c.wrap(row.language().getLanguage().toUpperCase(Locale.ROOT), c.small(), columns.language),
                    x, top - t.gap() / 2);
            x += columns.language;
            canvas.lines(address, x, top - t.gap() / 2);
            x += columns.address;
            float box = t.body();
            for (int k = 0; k < CHECKS.length; k++) {
                float bx = x + k * columns.check + (columns.check - box) / 2;
                canvas.roundRect(bx, top - t.gap() / 2 - box - 2, box, box, 2, Rgb.WHITE, Rgb.MUTED);
            }
            flow.advance(height);
        }
    }

    private static void header(Composer c, Flow flow, Columns columns) {
        Theme t = c.theme;
        TextStyle style = c.smallBold().withColor(Rgb.WHITE);
        List<TextLine> name = c.wrap(c.text(KitText.FACILITATOR_NAME), style, columns.name);
        float height = TextLayout.height(name) + t.gap();
        Canvas canvas = flow.canvas();
        float top = flow.y();
        canvas.rect(c.left(), top - height, c.contentWidth(), height, Rgb.ACCENT);
        float x = c.left() + t.gap() / 2 + columns.number;
        canvas.lines(name, x, top - t.gap() / 2);
        x += columns.name + columns.language;
        canvas.lines(c.wrap(c.text(KitText.FACILITATOR_ADDRESS), style, columns.address), x, top - t.gap() / 2);
        x += columns.address;
        for (int k = 0; k < CHECKS.length; k++) {
            List<TextLine> number = c.wrap(String.valueOf(k + 1), style, columns.check);
            canvas.centred(number, x + k * columns.check + columns.check / 2, top - t.gap() / 2);
        }
        canvas.lines(c.wrap(c.text(KitText.FACILITATOR_NOTES), style, columns.notes), x + CHECKS.length * columns.check + t.gap() / 2,
                top - t.gap() / 2);
        flow.advance(height);
    }

    /** Column widths in points. */
    private record Columns(float number, float name, float language, float address, float check, float notes) {

        static Columns of(Composer c, float width) {
            float number = c.small().width("000") + c.theme.gap() / 2;
            float language = c.small().width("WW") + c.theme.gap();
            float check = c.theme.body() * 1.7f;
            float rest = width - number - language - check * CHECKS.length - c.theme.gap();
            return new Columns(number, rest * 0.32f, language, rest * 0.5f, check, rest * 0.18f);
        }
    }
}
