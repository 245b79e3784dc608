package org.trasloco.invites.kit;

import java.util.ArrayList;
import java.util.List;
import org.trasloco.invites.apps.AppChoice;
import org.trasloco.invites.apps.Platform;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;

/**
 * Invite cards, several per page, with dotted cut lines: each says whom it is for, who invites,
 * what to install, and carries the invitation as a QR code and as a printed link.
 */
final class CardsPages {

    /** The narrowest the text beside a card's QR code may get. */
    private static final float MIN_TEXT_WIDTH = 115;
    /** The smallest a card's QR code gets to make room for the steps beside it: one inch. */
    private static final float MIN_QR = 72;

    private CardsPages() {
    }

    static void draw(Composer c, KitContent kit, List<InviteCard> cards) {
        Theme t = c.theme;
        int perPage = t.cardColumns() * t.cardRows();
        String apps = c.text(KitText.CARD_APPS, firstApp(kit, Platform.ANDROID), firstApp(kit, Platform.IPHONE));
        for (int first = 0; first < cards.size(); first += perPage) {
            Canvas canvas = c.newPage();
            float y = c.top();
            y -= canvas.lines(c.wrap(c.text(KitText.CARDS_TITLE), c.h2(), c.contentWidth()), c.left(), y);
            y -= canvas.lines(c.wrap(c.text(KitText.CARDS_CUT), c.small(), c.contentWidth()), c.left(), y);
            y -= t.gap();
            float cardWidth = c.contentWidth() / t.cardColumns();
            float cardHeight = (y - c.bottom()) / t.cardRows();
            List<InviteCard> page = cards.subList(first, Math.min(cards.size(), first + perPage));
            for (int i = 0; i < page.size(); i++) {
                float x = c.left() + (i % t.cardColumns()) * cardWidth;
                float top = y - (i / t.cardColumns()) * cardHeight;
                card(c, canvas, kit, page.get(i), apps, x, top, cardWidth, cardHeight);
            }
            cutLines(canvas, c.left(), y, cardWidth, cardHeight, t.cardColumns(), (page.size() + t.cardColumns() - 1) / t.cardColumns());
        }
    }

    /**
     * One card: whom it is for and who invites across the top; the QR code on the left with the
     * three steps beside it; the address and the printed link along the bottom.
     */
    private static void card(Composer c, Canvas canvas, KitContent kit, InviteCard card, String apps, float x, float top,
            float width, float height) {
        Theme t = c.theme;
        float padding = t.gap() * 1.2f;
        float inner = width - padding * 2;
        float left = x + padding;
        float y = top - padding;

        List<TextLine> forLine = c.wrap(card.forName() == null ? c.text(KitText.CARD_FOR_BLANK)
                : c.text(KitText.CARD_FOR, card.forName()), c.h2().withColor(Rgb.ACCENT_DARK), inner);
        canvas.lines(forLine, left, y);
        if (card.forName() == null) {
            float lineY = y - forLine.get(0).baselineOffset();
            canvas.stroke(left + forLine.get(0).width() + 6, lineY, x + width - padding, lineY, Rgb.RULE, 0.8f, 0);
        }
        y -= TextLayout.height(forLine) + t.gap() / 2;

        y -= canvas.lines(c.wrap(c.text(KitText.CARD_INVITE, kit.owner().displayName()), c.small(), inner), left, y);
        y -= t.gap() / 2;

        List<TextLine> link = c.wrap(card.link().landing(), c.link(), inner);
        List<TextLine> address = c.wrap(c.text(KitText.CARD_ADDRESS, kit.owner().address().toString()), c.smallBold(), inner);
        float addressTop = top - height + padding + TextLayout.height(link) + TextLayout.height(address) + t.gap() / 3;
        float room = y - addressTop - t.gap() / 2;
        String steps = "1. " + c.text(KitText.CARD_INSTALL, apps) + "\n2. " + c.text(KitText.CARD_SCAN) + "\n3. "
                + c.text(KitText.CARD_HELLO);
        // The steps beside the code must end above the address: where they are long (French, German)
        // the code gives up a little width for them.
        float qrSize = Math.min(Math.min(t.cardQr(), room), inner - t.gap() - MIN_TEXT_WIDTH);
        List<TextLine> stepLines = c.wrap(steps, c.small().withColor(Rgb.INK), inner - qrSize - t.gap());
        while (TextLayout.height(stepLines) + 2 > room && qrSize > MIN_QR) {
            qrSize = Math.max(MIN_QR, qrSize - 4);
            stepLines = c.wrap(steps, c.small().withColor(Rgb.INK), inner - qrSize - t.gap());
        }
        c.qr(canvas, card.link().landing(), left, y - qrSize, qrSize);
        canvas.lines(stepLines, left + qrSize + t.gap(), y - 2);

        float bottom = addressTop - canvas.lines(address, left, addressTop) - t.gap() / 3;
        c.printedLink(canvas, link, left, bottom, card.link().landing());
    }

    private static void cutLines(Canvas canvas, float left, float top, float width, float height, int columns, int rows) {
        float right = left + width * columns;
        float bottom = top - height * rows;
        for (int r = 0; r <= rows; r++) {
            canvas.stroke(left, top - r * height, right, top - r * height, Rgb.RULE, 0.6f, 3);
        }
        for (int col = 0; col <= columns; col++) {
            canvas.stroke(left + col * width, top, left + col * width, bottom, Rgb.RULE, 0.6f, 3);
        }
    }

    private static String firstApp(KitContent kit, Platform platform) {
        List<AppChoice> choices = kit.apps().forPlatform(platform);
        return choices.isEmpty() ? "" : choices.get(0).app().name();
    }

    /** The cards of a kit: one per invitee, or one page of cards with a blank name line. */
    static List<InviteCard> cardsOf(KitContent kit, Theme theme) {
        if (!kit.cards().isEmpty()) {
            return kit.cards();
        }
        List<InviteCard> blank = new ArrayList<>();
        for (int i = 0; i < theme.cardColumns() * theme.cardRows(); i++) {
            blank.add(new InviteCard(null, kit.addMe()));
        }
        return blank;
    }
}
