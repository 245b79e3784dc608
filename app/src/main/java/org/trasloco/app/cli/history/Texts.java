package org.trasloco.app.cli.history;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.time.DateOrder;

/** Small formatting helpers shared by the history commands. */
final class Texts {

    private Texts() {
    }

    static String format(Locale locale, HistoryText key, Object... args) {
        return LocalizedText.of(key, args).format(locale);
    }

    static LocalizedText network(Network network) {
        return LocalizedText.of(network == Network.WHATSAPP ? HistoryText.NETWORK_WHATSAPP : HistoryText.NETWORK_TELEGRAM);
    }

    static LocalizedText kind(ConversationKind kind) {
        return LocalizedText.of(switch (kind) {
            case DIRECT -> HistoryText.KIND_DIRECT;
            case GROUP -> HistoryText.KIND_GROUP;
            case CHANNEL -> HistoryText.KIND_CHANNEL;
        });
    }

    static LocalizedText order(DateOrder order) {
        return LocalizedText.of(switch (order) {
            case DMY -> HistoryText.ORDER_DMY;
            case MDY -> HistoryText.ORDER_MDY;
            case YMD -> HistoryText.ORDER_YMD;
        });
    }

    static String date(LocalDateTime time, Locale locale) {
        return time == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(time);
    }
}
