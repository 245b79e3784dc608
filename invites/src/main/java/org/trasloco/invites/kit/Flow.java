package org.trasloco.invites.kit;

import java.util.List;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.TextLine;

/**
 * Content that flows from the top of a page down and onto new pages: explainers, the apps list,
 * the sources. Blocks ask {@link #fits(float)} before drawing; lines of a paragraph may break
 * across pages one by one.
 */
final class Flow {

    private final Composer composer;
    private Canvas canvas;
    private float y;

    Flow(Composer composer) {
        this.composer = composer;
        newPage();
    }

    /** A new page that starts with a title, underlined with a short accent rule. */
    static Flow titled(Composer composer, String title) {
        Flow flow = new Flow(composer);
        flow.advance(flow.canvas.lines(composer.wrap(title, composer.h1(), composer.contentWidth()), composer.left(), flow.y));
        flow.canvas.rect(composer.left(), flow.y - 4, 56, 3, Rgb.ACCENT);
        flow.space(composer.theme.gap() * 1.6f);
        return flow;
    }

    Canvas canvas() {
        return canvas;
    }

    float y() {
        return y;
    }

    void newPage() {
        canvas = composer.newPage();
        y = composer.top();
    }

    /** Whether a block of this height fits below the cursor. */
    boolean fits(float height) {
        return y - height >= composer.bottom();
    }

    /** Starts a new page unless the block fits. */
    void ensure(float height) {
        if (!fits(height) && y < composer.top()) {
            newPage();
        }
    }

    void space(float height) {
        y -= height;
    }

    /** Moves the cursor down by a block drawn by the caller. */
    void advance(float height) {
        y -= height;
    }

    /**
     * Draws lines at {@code x}, breaking pages between lines; {@code decorate} is called for each
     * part drawn on one page with its top and bottom, e.g. to draw a bar beside it.
     */
    void lines(List<TextLine> lines, float x, Decoration decorate) {
        int i = 0;
        while (i < lines.size()) {
            float top = y;
            while (i < lines.size() && (fits(lines.get(i).height()) || y >= composer.top())) {
                canvas.line(lines.get(i), x, y);
                y -= lines.get(i).height();
                i++;
            }
            if (y < top && decorate != null) {
                decorate.part(canvas, top, y);
            }
            if (i < lines.size()) {
                newPage();
            }
        }
    }

    /** Draws something beside a part of a paragraph. */
    interface Decoration {
        void part(Canvas canvas, float top, float bottom);
    }
}
