package org.trasloco.keepsake.conversations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a backup: {@code {"table": …, "values": {column: value}}}. A value is a
 * {@link String}, a {@link Long} or {@code null}, the three kinds the app's importer reads
 * ({@code JsonReader.nextString}, {@code nextLong}, {@code nextNull}).
 *
 * @param table the table
 * @param values the columns in order
 */
record BackupRow(String table, Map<String, Object> values) {

    static final String ACCOUNTS = "accounts";
    static final String CONVERSATIONS = "conversations";
    static final String MESSAGES = "messages";

    BackupRow {
        Objects.requireNonNull(table, "table");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A column as text: strings as they are, numbers written out, {@code null} as {@code null}. */
    String text(String column) {
        Object value = values.get(column);
        return value == null ? null : value.toString();
    }

    /** A column as a number (the app's exporter writes most numbers as strings), or {@code fallback}. */
    long number(String column, long fallback) {
        Object value = values.get(column);
        if (value instanceof Long number) {
            return number;
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
