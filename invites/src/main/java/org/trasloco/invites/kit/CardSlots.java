package org.trasloco.invites.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the invite cards go on their pages: row by row, a card per cell, except that a card naming
 * group chats takes a whole row (it needs the room); such a card starts a new row when the current
 * one is partly taken, so the cards keep their order.
 */
final class CardSlots {

    /** One card's place on its page: its row and column, and how many columns it spans. */
    record Slot(InviteCard card, int row, int column, int span) {
    }

    private CardSlots() {
    }

    /** The cards' places, page by page. */
    static List<List<Slot>> pages(List<InviteCard> cards, Theme theme) {
        List<List<Slot>> pages = new ArrayList<>();
        List<Slot> page = null;
        int row = 0;
        int column = 0;
        for (InviteCard card : cards) {
            int span = card.hasGroups() ? theme.cardColumns() : 1;
            if (column + span > theme.cardColumns()) {
                row++;
                column = 0;
            }
            if (page == null || row >= theme.cardRows()) {
                page = new ArrayList<>();
                pages.add(page);
                row = 0;
                column = 0;
            }
            page.add(new Slot(card, row, column, span));
            column += span;
        }
        return pages;
    }

    /** Whether every card of a page takes one cell: the page is a plain grid. */
    static boolean plain(List<Slot> page) {
        return page.stream().allMatch(slot -> slot.span() == 1);
    }

    /** The rows a page uses. */
    static int rows(List<Slot> page) {
        return page.stream().mapToInt(Slot::row).max().orElse(-1) + 1;
    }
}
