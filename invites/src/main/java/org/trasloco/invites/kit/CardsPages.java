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
 * what to install, and carries the invitation as a QR code and as a printed link; a card for someone
 * who will be in group chats names them too, across a whole row (see {@link CardSlots}).
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
        String apps = c.text(KitText.CARD_APPS, firstApp(kit, Platform.ANDROID), firstApp(kit, Platform.IPHONE));
        for (List<CardSlots.Slot> page : CardSlots.pages(cards, t)) {
            Canvas canvas = c.newPage();
            float y = c.top();
            y -= canvas.lines(c.wrap(c.text(KitText.CARDS_TITLE), c.h2(), c.contentWidth()), c.left(), y);
            y -= canvas.lines(c.wrap(c.text(KitText.CARDS_CUT), c.small(), c.contentWidth()), c.left(), y);
            y -= t.gap();
            float cardWidth = c.contentWidth() / t.cardColumns();
            float cardHeight = (y - c.bottom()) / t.cardRows();
            for (CardSlots.Slot slot : page) {
                float x = c.left() + slot.column() * cardWidth;
                float top = y - slot.row() * cardHeight;
                card(c, canvas, kit, slot.card(), apps, x, top, cardWidth * slot.span(), cardHeight);
            }
            if (CardSlots.plain(page)) {
                cutLines(canvas, c.left(), y, cardWidth, cardHeight, t.cardColumns(), CardSlots.rows(page));
            } else {
                for (CardSlots.Slot slot : page) {
                    cutLines(canvas, c.left() + slot.column() * cardWidth, y - slot.row() * cardHeight,
                            cardWidth * slot.span(), cardHeight, 1, 1);
                }
            }
        }
    }

    /**
     * One card: whom it is for and who invites across the top; the QR code on the left with the
     * three steps beside it (and below them the group chats the person will be in, with their links);
     * the address and the printed link along the bottom.
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
        Middle middle = Middle.of(c, steps, card.groups(), room, inner);
        c.qr(canvas, card.link().landing(), left, y - middle.qrSize, middle.qrSize);
        float column = left + middle.qrSize + t.gap();
        canvas.lines(middle.steps, column, y - 2);
        if (!card.groups().isEmpty()) {
            float groupsX = middle.across ? left : column;
            float groupsY = middle.across ? y - Math.max(middle.qrSize, TextLayout.height(middle.steps) + 2) - t.gap() / 2
                    : y - 2 - TextLayout.height(middle.steps) - t.gap() / 2;
            groupsY -= canvas.lines(middle.sentence, groupsX, groupsY);
            List<String> urls = CardGroupsText.links(card.groups(), middle.links.size());
            for (int i = 0; i < urls.size(); i++) {
                groupsY -= c.printedLink(canvas, middle.links.get(i), groupsX, groupsY, urls.get(i));
            }
        }

        float bottom = addressTop - canvas.lines(address, left, addressTop) - t.gap() / 3;
        c.printedLink(canvas, link, left, bottom, card.link().landing());
    }

    /**
     * The middle of a card: the QR code's size, the steps beside it and, for a card naming group
     * chats, what it says about them and their links, wrapped to the width they get.
     */
    private record Middle(float qrSize, List<TextLine> steps, List<TextLine> sentence, List<List<TextLine>> links,
            boolean across) {

        /**
         * The middle of a card: its group chats beside the code, naming as many as fit there (at
         * least one); only when even one does not, across the card below the code.
         */
        static Middle of(Composer c, String steps, List<CardGroup> groups, float room, float inner) {
            for (int named = Math.min(CardGroupsText.NAMED, groups.size()); named >= 1; named--) {
                Middle middle = beside(c, steps, groups, named, room, inner);
                if (middle != null) {
                    return middle;
                }
            }
            return groups.isEmpty() ? beside(c, steps, groups, 0, room, inner) : below(c, steps, groups, room, inner);
        }

        /**
         * Everything beside the code, naming {@code named} group chats, the code giving up width down
         * to {@link #MIN_QR} for it; {@code null} when the group chats do not fit there even then (a
         * plain card always fits: its code shrinks as it always has).
         */
        private static Middle beside(Composer c, String steps, List<CardGroup> groups, int named, float room,
                float inner) {
            Theme t = c.theme;
            // The steps beside the code must end above the address: where they are long (French, German)
            // the code gives up a little width for them.
            float qrSize = Math.min(Math.min(t.cardQr(), room), inner - t.gap() - MIN_TEXT_WIDTH);
            Middle middle = wrapped(c, steps, groups, named, qrSize, inner - qrSize - t.gap());
            while (middle.columnHeight(t) + 2 > room && qrSize > MIN_QR) {
                qrSize = Math.max(MIN_QR, qrSize - 4);
                middle = wrapped(c, steps, groups, named, qrSize, inner - qrSize - t.gap());
            }
            return groups.isEmpty() || middle.columnHeight(t) + 2 <= room ? middle : null;
        }

        /** The steps beside the code, the group chats across the card below both. */
        private static Middle below(Composer c, String steps, List<CardGroup> groups, float room, float inner) {
            Theme t = c.theme;
            Middle groupsOnly = wrapped(c, "", groups, 1, 0, inner);
            float left = room - groupsOnly.groupsHeight() - t.gap() / 2;
            Middle stepsOnly = beside(c, steps, List.of(), 0, left, inner);
            return new Middle(stepsOnly.qrSize, stepsOnly.steps, groupsOnly.sentence, groupsOnly.links, true);
        }

        private static Middle wrapped(Composer c, String steps, List<CardGroup> groups, int named, float qrSize,
                float width) {
            List<TextLine> stepLines = steps.isEmpty() ? List.of() : c.wrap(steps, c.small().withColor(Rgb.INK), width);
            if (groups.isEmpty()) {
                return new Middle(qrSize, stepLines, List.of(), List.of(), false);
            }
            List<TextLine> sentence = c.wrap(CardGroupsText.sentence(c, groups, named), c.small().withColor(Rgb.INK), width);
            List<List<TextLine>> links = CardGroupsText.links(groups, named).stream().map(url -> c.wrap(url, c.link(), width))
                    .toList();
            return new Middle(qrSize, stepLines, sentence, links, false);
        }

        /** The height of what the card says about its group chats, links included. */
        float groupsHeight() {
            return sentence.isEmpty() ? 0
                    : TextLayout.height(sentence) + (float) links.stream().mapToDouble(TextLayout::height).sum();
        }

        /** The height of the column beside the code. */
        float columnHeight(Theme t) {
            return TextLayout.height(steps) + (sentence.isEmpty() ? 0 : t.gap() / 2 + groupsHeight());
        }
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
