package org.trasloco.invites.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.trasloco.invites.explainers.Paragraph;
import org.trasloco.invites.explainers.Section;
import org.trasloco.invites.explainers.Source;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;

/**
 * An explainer set as flowing text: a title, paragraphs with their source numbers in brackets,
 * real cases set apart with a bar and a bold lead, the call to action in a warm box.
 */
final class ExplainerPages {

    private ExplainerPages() {
    }

    /**
     * Draws a section from the top of a new page.
     *
     * @param c the composer
     * @param section the explainer
     * @param numbering the sources in the order of the sources list (numbers are positions + 1)
     */
    static void draw(Composer c, Section section, List<Source> numbering) {
        Flow flow = Flow.titled(c, c.text(section.title()));
        Theme t = c.theme;
        float width = c.contentWidth();
        for (Paragraph paragraph : section.paragraphs()) {
            String text = c.text(paragraph.text());
            List<Span> citation = citation(c, paragraph, numbering);
            switch (paragraph.style()) {
                case BODY -> {
                    List<Span> spans = new ArrayList<>();
                    spans.add(new Span(text, c.body()));
                    spans.addAll(citation);
                    flow.lines(c.wrap(spans, width), c.left(), null);
                }
                case CASE -> caseParagraph(c, flow, text, citation, width);
                case HEADING -> {
                    flow.space(t.gap() / 2);
                    List<TextLine> lines = c.wrap(text, c.h2(), width);
                    flow.ensure(TextLayout.height(lines) + t.lineHeight(t.body()) * 2);
                    flow.lines(lines, c.left(), null);
                }
                case BULLET -> bullet(c, flow, text, citation, width);
                case CALL_TO_ACTION -> callToAction(c, flow, text, citation, width);
                case DEVICES_PICTURE -> DevicesPicture.draw(c, flow, text);
            }
            flow.space(t.gap());
        }
    }

    private static List<Span> citation(Composer c, Paragraph paragraph, List<Source> numbering) {
        if (paragraph.sources().isEmpty()) {
            return List.of();
        }
        String numbers = paragraph.sources().stream().map(s -> String.valueOf(numbering.indexOf(s) + 1))
                .collect(Collectors.joining(", "));
        return List.of(new Span(" " + c.text(KitText.CITATION, numbers), c.body().withColor(Rgb.ACCENT)));
    }

    /** "United States, 2021. A father…": the place and year in bold, a bar on the left. */
    private static void caseParagraph(Composer c, Flow flow, String text, List<Span> citation, float width) {
        float indent = c.theme.gap() * 1.6f;
        int lead = text.indexOf(". ");
        List<Span> spans = new ArrayList<>();
        if (lead > 0 && lead < 40) {
            spans.add(new Span(text.substring(0, lead + 2), c.bodyBold()));
            spans.add(new Span(text.substring(lead + 2), c.body()));
        } else {
            spans.add(new Span(text, c.body()));
        }
        spans.addAll(citation);
        List<TextLine> lines = c.wrap(spans, width - indent);
        flow.ensure(Math.min(TextLayout.height(lines), lines.get(0).height() * 2));
        flow.lines(lines, c.left() + indent, (canvas, top, bottom) ->
                canvas.rect(c.left() + 2, bottom + 2, 3, top - bottom - 2, Rgb.ACCENT));
    }

    private static void bullet(Composer c, Flow flow, String text, List<Span> citation, float width) {
        float indent = c.theme.body() * 1.4f;
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(text, c.body()));
        spans.addAll(citation);
        List<TextLine> lines = c.wrap(spans, width - indent);
        flow.ensure(lines.get(0).height());
        float dot = c.theme.body() * 0.22f;
        float centreY = flow.y() - lines.get(0).height() / 2;
        flow.canvas().circle(c.left() + indent / 3, centreY, dot, Rgb.ACCENT);
        flow.lines(lines, c.left() + indent, null);
    }

    private static void callToAction(Composer c, Flow flow, String text, List<Span> citation, float width) {
        float padding = c.theme.gap() * 1.2f;
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(text, c.bodyBold()));
        spans.addAll(citation);
        List<TextLine> lines = c.wrap(spans, width - padding * 2 - 4);
        float height = TextLayout.height(lines) + padding * 2;
        flow.space(c.theme.gap() / 2);
        flow.ensure(height);
        Canvas canvas = flow.canvas();
        canvas.roundRect(c.left(), flow.y() - height, width, height, 8, Rgb.WARM_SOFT, null);
        canvas.rect(c.left(), flow.y() - height + 6, 4, height - 12, Rgb.WARM);
        canvas.lines(lines, c.left() + padding + 4, flow.y() - padding);
        flow.advance(height);
    }
}
