package org.trasloco.app.cli.history;

import org.trasloco.core.i18n.MessageKey;

/** The texts the history commands print ({@code org/trasloco/app/cli/history/messages*.properties}). */
enum HistoryText implements MessageKey {
    NETWORK_WHATSAPP("network.whatsapp"),
    NETWORK_TELEGRAM("network.telegram"),
    KIND_DIRECT("kind.direct"),
    KIND_GROUP("kind.group"),
    KIND_CHANNEL("kind.channel"),
    SUMMARY_SOURCE("summary.source"),
    SUMMARY_CONVERSATION("summary.conversation"),
    SUMMARY_COUNTS("summary.counts"),
    SUMMARY_MEDIA("summary.media"),
    SUMMARY_RANGE("summary.range"),
    SUMMARY_EMPTY("summary.empty"),
    SUMMARY_PEOPLE("summary.people"),
    SUMMARY_PERSON("summary.person"),
    SUMMARY_MORE_PEOPLE("summary.morePeople"),
    SUMMARY_WARNINGS("summary.warnings"),
    SUMMARY_MORE_WARNINGS("summary.moreWarnings"),
    WARNING_AT_LINE("warning.atLine"),
    WARNING_IN_FILE("warning.inFile"),
    DATE_ORDER_FORCED("dateOrder.forced"),
    DATE_ORDER_YEAR_FIRST("dateOrder.yearFirst"),
    DATE_ORDER_FIELD_ABOVE_12("dateOrder.fieldAbove12"),
    DATE_ORDER_DECREASING_FIELD("dateOrder.decreasingField"),
    DATE_ORDER_MORE_CHANGES("dateOrder.moreChanges"),
    DATE_ORDER_AMBIGUOUS("dateOrder.ambiguous"),
    DATE_ORDER_CONFLICTING("dateOrder.conflicting"),
    ORDER_DMY("order.dmy"),
    ORDER_MDY("order.mdy"),
    ORDER_YMD("order.ymd"),
    IMPORT_NEEDS_DATE_ORDER("import.needsDateOrder"),
    IMPORT_PARTIAL_REFUSED("import.partialRefused"),
    INSPECT_PARTIAL("inspect.partial"),
    IMPORT_RESULT("import.result"),
    IMPORT_TOTAL("import.total"),
    WORKSPACE_MISSING("workspace.missing"),
    CONVERSATIONS_NONE("conversations.none"),
    CONVERSATIONS_ROW("conversations.row");

    private final String key;

    HistoryText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.app.cli.history.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
