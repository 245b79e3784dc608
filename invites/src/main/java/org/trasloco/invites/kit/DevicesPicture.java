package org.trasloco.invites.kit;

import java.util.List;
import org.trasloco.invites.explainers.ExplainerText;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;

/**
 * The picture under "a padlock for every device": a message at the top, arrows down to a phone,
 * a tablet and a computer, each with its own padlock, and a caption. Drawn in vector, scaled with
 * the print size.
 */
final class DevicesPicture {

    private DevicesPicture() {
    }

    static void draw(Composer c, Flow flow, String caption) {
        float s = c.theme.body() / 12f;
        List<TextLine> captionLines = c.wrap(caption, c.small(), c.contentWidth());
        float labelHeight = c.theme.lineHeight(c.theme.small());
        float pictureHeight = 146 * s;
        float height = pictureHeight + labelHeight + TextLayout.height(captionLines) + c.theme.gap();
        flow.ensure(height);
        Canvas canvas = flow.canvas();
        float top = flow.y();
        float baseline = top - pictureHeight;
        float centre = c.left() + c.contentWidth() / 2;

        // The message at the top: a speech bubble with three lines of "text".
        float bubbleW = 64 * s;
        float bubbleH = 40 * s;
        float bubbleX = centre - bubbleW / 2;
        float bubbleY = top - bubbleH - 2 * s;
        canvas.roundRect(bubbleX, bubbleY, bubbleW, bubbleH, 9 * s, Rgb.ACCENT_SOFT, Rgb.ACCENT);
        canvas.triangle(bubbleX + 12 * s, bubbleY + 0.5f, bubbleX + 24 * s, bubbleY + 0.5f, bubbleX + 8 * s, bubbleY - 9 * s,
                Rgb.ACCENT);
        for (int i = 0; i < 3; i++) {
            float lineWidth = (i == 2 ? 26 : 44) * s;
            canvas.rect(bubbleX + 10 * s, bubbleY + bubbleH - (12 + i * 9) * s, lineWidth, 3 * s, Rgb.ACCENT);
        }

        // Below it, three devices in a row, each reached by its own arrow and locked by its own padlock.
        float spacing = Math.min(140 * s, c.contentWidth() / 3);
        float[] centres = {centre - spacing, centre, centre + spacing};
        ExplainerText[] labels = {ExplainerText.HOW_PICTURE_PHONE, ExplainerText.HOW_PICTURE_TABLET,
            ExplainerText.HOW_PICTURE_COMPUTER};
        for (int i = 0; i < centres.length; i++) {
            float cx = centres[i];
            Device device = switch (i) {
                case 0 -> phone(canvas, cx, baseline, s);
                case 1 -> tablet(canvas, cx, baseline, s);
                default -> computer(canvas, cx, baseline, s);
            };
            arrow(canvas, centre + (i - 1) * 14 * s, bubbleY - 12 * s, cx, device.top() + 5 * s, s);
            padlock(canvas, cx, device.screenCentreY(), s);
            List<TextLine> label = c.wrap(c.text(labels[i]), c.small(), 100 * s);
            canvas.centred(label, cx, baseline - 2 * s);
        }
        canvas.centred(captionLines, centre, baseline - labelHeight - c.theme.gap() / 2);
        flow.advance(height);
    }

    /** Where a device was drawn: its top edge and the middle of its screen. */
    private record Device(float top, float screenCentreY) {
    }

    private static Device phone(Canvas canvas, float cx, float baseline, float s) {
        float w = 32 * s;
        float h = 58 * s;
        canvas.roundRect(cx - w / 2, baseline + 6 * s, w, h, 6 * s, Rgb.WHITE, Rgb.MUTED);
        canvas.rect(cx - 5 * s, baseline + 9 * s, 10 * s, 1.6f * s, Rgb.RULE);
        return new Device(baseline + 6 * s + h, baseline + 6 * s + h / 2 + 2 * s);
    }

    private static Device tablet(Canvas canvas, float cx, float baseline, float s) {
        float w = 56 * s;
        float h = 68 * s;
        canvas.roundRect(cx - w / 2, baseline + 4 * s, w, h, 6 * s, Rgb.WHITE, Rgb.MUTED);
        return new Device(baseline + 4 * s + h, baseline + 4 * s + h / 2);
    }

    private static Device computer(Canvas canvas, float cx, float baseline, float s) {
        float w = 84 * s;
        float h = 52 * s;
        float screenBottom = baseline + 16 * s;
        canvas.roundRect(cx - w / 2, screenBottom, w, h, 4 * s, Rgb.WHITE, Rgb.MUTED);
        canvas.rect(cx - 6 * s, baseline + 7 * s, 12 * s, 9 * s, Rgb.MUTED);
        canvas.roundRect(cx - 20 * s, baseline + 4 * s, 40 * s, 3.5f * s, 1.5f * s, Rgb.MUTED, null);
        return new Device(screenBottom + h, screenBottom + h / 2);
    }

    private static void padlock(Canvas canvas, float cx, float cy, float s) {
        float w = 17 * s;
        float h = 13 * s;
        float bodyBottom = cy - h / 2 - 3 * s;
        canvas.shackle(cx, bodyBottom + h - 1, 10 * s, 9 * s, Rgb.ACCENT, 2.6f * s);
        canvas.roundRect(cx - w / 2, bodyBottom, w, h, 2.5f * s, Rgb.ACCENT, null);
        canvas.circle(cx, bodyBottom + h / 2, 1.8f * s, Rgb.WHITE);
    }

    private static void arrow(Canvas canvas, float x1, float y1, float x2, float y2, float s) {
        canvas.stroke(x1, y1, x2, y2, Rgb.RULE, 1.4f * s, 0);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        float len = 7 * s;
        float spread = 0.45f;
        canvas.triangle(x2 + 1.5f * s * (float) Math.cos(angle), y2 + 1.5f * s * (float) Math.sin(angle),
                x2 - len * (float) Math.cos(angle - spread), y2 - len * (float) Math.sin(angle - spread),
                x2 - len * (float) Math.cos(angle + spread), y2 - len * (float) Math.sin(angle + spread), Rgb.RULE);
    }
}
