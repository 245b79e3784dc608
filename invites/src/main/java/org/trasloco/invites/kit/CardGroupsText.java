package org.trasloco.invites.kit;

import java.util.List;

/**
 * What an invite card says about the group chats its person will be in: one sentence in plain words
 * naming them (the first few by their titles, at most {@value #NAMED}, then "and N more") and telling
 * that their invitations arrive by themselves, and the links that open the named ones.
 */
final class CardGroupsText {

    /** How many group chats a card names at most; the others are counted. */
    static final int NAMED = 3;

    private CardGroupsText() {
    }

    /** The sentence naming the first {@code named} groups, in the composer's language. */
    static String sentence(Composer c, List<CardGroup> groups, int named) {
        List<String> titles = groups.stream().limit(named).map(group -> c.text(KitText.CARD_GROUP_TITLE, group.title()))
                .toList();
        String list;
        if (groups.size() == 1) {
            list = titles.get(0);
        } else if (groups.size() <= titles.size()) {
            list = c.text(KitText.CARD_GROUPS_LIST, String.join(", ", titles.subList(0, titles.size() - 1)),
                    titles.get(titles.size() - 1));
        } else {
            list = c.text(KitText.CARD_GROUPS_MORE, String.join(", ", titles), groups.size() - titles.size());
        }
        return c.text(groups.size() == 1 ? KitText.CARD_GROUP : KitText.CARD_GROUPS, list);
    }

    /** The links of the first {@code named} group chats, in the sentence's order. */
    static List<String> links(List<CardGroup> groups, int named) {
        return groups.stream().limit(named).map(CardGroup::joinLink).toList();
    }
}
