package org.trasloco.importers.telegram.chat;

import org.trasloco.core.i18n.MessageKey;

/**
 * The words Trasloco writes for a Telegram message whose content is not text (a location, a poll, a
 * shared contact…), in the reader's language ({@code org/trasloco/importers/telegram/media*.properties}).
 * Unlike {@link TelegramPhrases} these are Trasloco's own words, so they are translated.
 */
public enum MediaText implements MessageKey {
    /** {0} latitude, {1} longitude, {2} map link. */
    LOCATION("media.location"),
    /** {0} latitude, {1} longitude, {2} map link, {3} minutes it was shared for (0 when unknown). */
    LIVE_LOCATION("media.liveLocation"),
    /** No arguments: a location without valid coordinates. */
    LOCATION_UNKNOWN("media.location.unknown"),
    /** {0} place name, {1} address, {2} map link (may be empty). */
    VENUE("media.venue"),
    /** {0} name, {1} phone number. */
    CONTACT("media.contact"),
    /** {0} question, {1} the answers, one per line. */
    POLL("media.poll"),
    /** {0} answer, {1} votes (-1 when unknown), {2} whether the exporter chose it. */
    POLL_ANSWER("media.poll.answer"),
    /** {0} voters in all (-1 when unknown), {1} whether the poll is closed. */
    POLL_TOTAL("media.poll.total"),
    /** {0} title, {1} the items, one per line. */
    TODO("media.todo"),
    /** {0} item. */
    TODO_ITEM("media.todo.item"),
    /** {0} title, {1} description, {2} link (may be empty). */
    GAME("media.game"),
    /** {0} title, {1} description, {2} amount with currency. */
    INVOICE("media.invoice"),
    /** {0} number of prizes (-1 when unknown). */
    GIVEAWAY("media.giveaway"),
    /** {0} number of winners (-1 when unknown). */
    GIVEAWAY_RESULTS("media.giveaway.results"),
    /** {0} price in Telegram Stars. */
    PAID_MEDIA("media.paid"),
    /** {0} the sticker's emoji (may be empty). */
    STICKER("media.sticker"),
    /** No arguments: a message the export carries without any content (a dice roll, a story). */
    NOT_EXPORTED("media.notExported");

    private final String key;

    MediaText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.importers.telegram.media";
    }

    @Override
    public String key() {
        return key;
    }
}
