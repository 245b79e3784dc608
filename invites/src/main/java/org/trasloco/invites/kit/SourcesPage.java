package org.trasloco.invites.kit;

import java.util.List;
import org.trasloco.invites.explainers.ExplainerText;
import org.trasloco.invites.explainers.Source;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;

/** The numbered list of sources every fact in the explainers rests on, with their addresses. */
final class SourcesPage {

    private SourcesPage() {
    }

    static void draw(Composer c, List<Source> sources) {
        Flow flow = Flow.titled(c, c.text(ExplainerText.SOURCES_TITLE));
        Theme t = c.theme;
        float width = c.contentWidth();
        flow.lines(c.wrap(c.text(ExplainerText.SOURCES_INTRO), c.body(), width), c.left(), null);
        flow.space(t.gap() * 1.5f);

        float numberWidth = c.bodyBold().width("[00]") + t.gap();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String url = source.url(c.language());
            List<TextLine> title = c.wrap(c.text(source.title()), c.small().withColor(Rgb.INK), width - numberWidth);
            List<TextLine> link = c.wrap(url, c.link().withSize(Math.max(t.fine(), t.small() - 1)), width - numberWidth);
            flow.ensure(TextLayout.height(title) + TextLayout.height(link));
            Canvas canvas = flow.canvas();
            canvas.lines(c.wrap(c.text(KitText.CITATION, i + 1), c.smallBold().withColor(Rgb.ACCENT), numberWidth),
                    c.left(), flow.y());
            flow.advance(canvas.lines(title, c.left() + numberWidth, flow.y()));
            flow.advance(c.printedLink(canvas, link, c.left() + numberWidth, flow.y(), url));
            flow.space(t.gap());
        }
    }
}
