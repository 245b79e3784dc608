package org.trasloco.invites.kit;

import java.util.ArrayList;
import java.util.List;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.invites.typeset.TextStyle;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.links.XmppUri;

/**
 * The credentials card's one page: a band saying what it is, the address and the password in large
 * letters, the server, the address as a QR code (and the server's web page as another, when known),
 * then what the card is for and why to keep it private.
 */
final class CredentialsPage {

    private static final float BAND_PADDING = 18;
    /** The smallest code drawn (quiet zone included), about 3 cm: phones read it from arm's length. */
    private static final float MIN_QR = 90;

    private CredentialsPage() {
    }

    static void draw(Composer c, XmppAddress address, String password, String serverPage) {
        Canvas canvas = c.newPage();
        Theme t = c.theme;
        float width = c.contentWidth();

        TextStyle kickerStyle = c.smallBold().withColor(Rgb.ACCENT_SOFT);
        TextStyle titleStyle = new TextStyle(c.fonts.bold(), t.h1(), Rgb.WHITE);
        List<TextLine> kicker = c.wrap(c.text(KitText.CREDENTIALS_KICKER), kickerStyle, width);
        List<TextLine> title = c.wrap(c.text(KitText.CREDENTIALS_TITLE), titleStyle, width);
        float bandHeight = BAND_PADDING * 2 + TextLayout.height(kicker) + 4 + TextLayout.height(title);
        canvas.rect(0, canvas.height() - bandHeight, canvas.width(), bandHeight, Rgb.ACCENT);
        float y = canvas.height() - BAND_PADDING;
        y -= canvas.lines(kicker, c.left(), y) + 4;
        canvas.lines(title, c.left(), y);
        y = canvas.height() - bandHeight - t.gap() * 1.5f;

        y -= canvas.lines(c.wrap(c.text(KitText.CREDENTIALS_ADDRESS), c.small(), width), c.left(), y);
        y -= canvas.lines(large(c, address.toString(), Rgb.ACCENT_DARK, width, 1.5f), c.left(), y) + t.gap();

        y -= canvas.lines(c.wrap(c.text(KitText.CREDENTIALS_PASSWORD), c.small(), width), c.left(), y) + 4;
        float padding = t.gap() * 1.2f;
        // A generated password fits on one line: a dash at a line's end would read as a hyphenation.
        List<TextLine> secret = large(c, password, Rgb.INK, width - padding * 2, 1.1f);
        float boxHeight = TextLayout.height(secret) + padding * 2;
        canvas.roundRect(c.left(), y - boxHeight, width, boxHeight, 10, Rgb.ACCENT_SOFT, Rgb.RULE);
        canvas.lines(secret, c.left() + padding, y - padding);
        y -= boxHeight + 4;
        y -= canvas.lines(c.wrap(c.text(KitText.CREDENTIALS_EXACTLY), c.small(), width), c.left(), y) + t.gap();

        List<Span> server = List.of(new Span(c.text(KitText.LABEL, c.text(KitText.CREDENTIALS_SERVER)) + " ",
                c.body().withColor(Rgb.MUTED)), new Span(address.domain(), c.bodyBold()));
        y -= canvas.lines(c.wrap(server, width), c.left(), y) + t.gap();

        // The closing words are measured first; the codes take the room that is left.
        List<List<TextLine>> closing = new ArrayList<>();
        float closingHeight = 0;
        for (KitText[] section : new KitText[][] {{KitText.CREDENTIALS_WHAT_TITLE, KitText.CREDENTIALS_WHAT},
                {KitText.CREDENTIALS_PRIVATE_TITLE, KitText.CREDENTIALS_PRIVATE}}) {
            List<TextLine> heading = c.wrap(c.text(section[0]), c.h2(), width);
            List<TextLine> body = c.wrap(c.text(section[1]), c.body(), width);
            closing.add(heading);
            closing.add(body);
            closingHeight += TextLayout.height(heading) + 4 + TextLayout.height(body) + t.gap();
        }
        float room = y - c.bottom() - closingHeight - t.gap();
        y -= codes(c, canvas, address, serverPage, y, room) + t.gap();

        for (int i = 0; i < closing.size(); i++) {
            List<TextLine> lines = closing.get(i);
            if (y - TextLayout.height(lines) < c.bottom()) {
                // Never over the footer: a card with a very long password goes on to a second page.
                canvas = c.newPage();
                y = c.top();
            }
            y -= canvas.lines(lines, c.left(), y) + (i % 2 == 0 ? 4 : t.gap());
        }
    }

    /**
     * The QR codes side by side, each with its caption, no taller than {@code room} unless a code
     * would shrink below a size phones read easily; returns the height used.
     */
    private static float codes(Composer c, Canvas canvas, XmppAddress address, String serverPage, float top, float room) {
        Theme t = c.theme;
        List<String[]> codes = new ArrayList<>();
        codes.add(new String[] {XmppUri.of(address).toString(), c.text(KitText.CREDENTIALS_ADDRESS_CODE)});
        if (serverPage != null) {
            codes.add(new String[] {serverPage, c.text(KitText.CREDENTIALS_SERVER_CODE)});
        }
        float column = (c.contentWidth() - t.gap() * 2 * (codes.size() - 1)) / codes.size();
        float size = Math.max(MIN_QR, Math.min(Math.min(t.cardQr(), column * 0.55f), room));
        float used = 0;
        for (int i = 0; i < codes.size(); i++) {
            float x = c.left() + i * (column + t.gap() * 2);
            c.qr(canvas, codes.get(i)[0], x, top - size, size);
            float captionX = x + size + t.gap();
            float captionWidth = column - size - t.gap();
            float height = canvas.lines(c.wrap(codes.get(i)[1], c.small(), captionWidth), captionX, top - t.gap());
            if (i == 1) {
                height += c.printedLink(canvas, c.wrap(serverPage, c.link(), captionWidth), captionX,
                        top - t.gap() - height - 4, serverPage);
            }
            used = Math.max(used, Math.max(size, height + t.gap()));
        }
        return used;
    }

    /**
     * Text as large as the address on a kit's cover, smaller if it would wrap, down to
     * {@code smallest} times the body size.
     */
    private static List<TextLine> large(Composer c, String text, Rgb color, float width, float smallest) {
        float size = c.theme.address();
        TextStyle style = new TextStyle(c.fonts.bold(), size, color);
        while (style.width(text) > width && size > c.theme.body() * smallest) {
            size -= 1;
            style = style.withSize(size);
        }
        return c.wrap(text, style, width);
    }
}
