package org.trasloco.importers.telegram.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram Desktop's own English wording ({@code phrases.properties} beside this class): the
 * sentences its HTML export writes for service messages and calls, and the names it prints for
 * deleted accounts and unnamed chats. The JSON reader builds the same sentences from the JSON fields,
 * so both formats give the same text; the HTML reader reads calls back with them. These are part of
 * the exported history, not Trasloco's interface, and are therefore not translated.
 */
public final class TelegramPhrases {

    private static final Properties PHRASES = load();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private TelegramPhrases() {
    }

    /**
     * A phrase with its placeholders replaced.
     *
     * @param key the phrase's key, e.g. {@code create_group}
     * @param args the values of {@code {0}}, {@code {1}}, …
     * @return the sentence
     * @throws IllegalArgumentException when no phrase has that key
     */
    public static String format(String key, Object... args) {
        String pattern = PHRASES.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no Telegram phrase " + key);
        }
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        while (matcher.find()) {
            int index = matcher.group(1).charAt(0) - '0';
            matcher.appendReplacement(out, "");
            out.append(index < args.length ? String.valueOf(args[index]) : "");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Joins names the way Telegram does: "A", "A and B", "A, B and C".
     *
     * @param names the names
     * @return the list in words
     */
    public static String list(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String result = names.get(0);
        for (int i = 1; i < names.size() - 1; i++) {
            result = format("list.more", result, names.get(i));
        }
        return names.size() == 1 ? result : format("list.two", result, names.get(names.size() - 1));
    }

    /**
     * The text of a call as a system line, e.g. "Outgoing call (63 seconds)".
     *
     * @param status the call's status phrase key suffix: {@code outgoing}, {@code incoming},
     *     {@code missed}, {@code cancelled} or {@code declined}
     * @param seconds how long it lasted, 0 when it was not answered
     * @return the text
     */
    public static String call(String status, long seconds) {
        String word = format("call." + status);
        return seconds > 0 ? format("call.text.duration", word, seconds) : format("call.text", word);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = TelegramPhrases.class.getResourceAsStream("phrases.properties")) {
            if (in == null) {
                throw new IllegalStateException("phrases.properties missing from the build");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
