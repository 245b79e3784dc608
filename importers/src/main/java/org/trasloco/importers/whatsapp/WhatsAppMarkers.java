package org.trasloco.importers.whatsapp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * WhatsApp's own words in exports, in every language we know, loaded once from {@code markers.json}.
 * All comparisons are case-insensitive on text whose invisible marks were removed. The lists grouped
 * by language there also tell which language an export was written in.
 */
final class WhatsAppMarkers {

    /** The group of phrases that are no one language's. */
    private static final String UNDETERMINED = "und";
    private static final WhatsAppMarkers INSTANCE = load();

    final List<String> chatFilePrefixes;
    final List<String> androidAttachedLabels;
    final List<String> iosAttachedLabels;
    private final Set<String> mediaOmitted;
    private final Pattern omittedPattern;
    private final List<String> omittedLastWords;
    private final int longestMediaOmitted;
    /** The first characters of the placeholders: a cheap test before lower-casing a line. */
    private final String mediaOmittedStarts;
    private final Set<String> deleted;
    private final Set<String> deletedByYou;
    private final int longestDeleted;
    private final List<String> edited;
    private final List<String> encryptionNotices;
    private final List<String> groupPhrases;
    /** The language of each phrase that belongs to one language only, lower case. */
    private final Map<String, Locale> languages;
    /** The encryption notices with their languages, lower case. */
    private final Map<String, Locale> noticeLanguages;

    private WhatsAppMarkers(Map<String, List<String>> lists, Map<String, Locale> languages) {
        chatFilePrefixes = list(lists, "chatFilePrefixes");
        androidAttachedLabels = lower(list(lists, "androidAttachedLabels"));
        iosAttachedLabels = lower(list(lists, "iosAttachedLabels"));
        mediaOmitted = Set.copyOf(lower(list(lists, "mediaOmitted")));
        longestMediaOmitted = mediaOmitted.stream().mapToInt(String::length).max().orElse(0);
        mediaOmittedStarts = mediaOmitted.stream().map(m -> m.substring(0, 1)).distinct().collect(Collectors.joining());
        omittedLastWords = lower(list(lists, "omittedLastWords"));
        omittedPattern = Pattern.compile(list(lists, "omittedPatterns").stream()
                .collect(Collectors.joining("|", "^(?:", ")$")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        deleted = Set.copyOf(lower(list(lists, "deleted")));
        deletedByYou = Set.copyOf(lower(list(lists, "deletedByYou")));
        longestDeleted = deleted.stream().mapToInt(String::length).max().orElse(0);
        edited = lower(list(lists, "edited"));
        encryptionNotices = lower(list(lists, "encryptionNotices"));
        groupPhrases = lower(list(lists, "groupPhrases"));
        this.languages = Map.copyOf(languages);
        Map<String, Locale> notices = new HashMap<>();
        encryptionNotices.stream().filter(languages::containsKey).forEach(n -> notices.put(n, languages.get(n)));
        this.noticeLanguages = Map.copyOf(notices);
    }

    static WhatsAppMarkers get() {
        return INSTANCE;
    }

    /** Whether a first body line (marks removed, trimmed) says that a medium was left out. */
    boolean isMediaOmitted(String line) {
        if (!line.isEmpty() && line.length() <= longestMediaOmitted
                && mediaOmittedStarts.indexOf(Character.toLowerCase(line.charAt(0))) >= 0
                && mediaOmitted.contains(lower(line))) {
            return true;
        }
        // The patterns are costly; they only ever end in one of a few words, so test that first.
        int space = line.lastIndexOf(' ');
        return space > 0 && endsWithOmittedWord(line, space + 1) && omittedPattern.matcher(line).matches();
    }

    private boolean endsWithOmittedWord(String line, int start) {
        int length = line.length() - start;
        for (String word : omittedLastWords) {
            if (word.length() == length && line.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a whole body (marks removed, trimmed) is a deleted-message tombstone. */
    boolean isDeleted(String body) {
        if (body.length() > longestDeleted + 1) {
            return false;
        }
        String text = lower(body);
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return deleted.contains(text);
    }

    /** Whether a deleted-message tombstone is the one written under the exporter's own name. */
    boolean isDeletedByYou(String body) {
        String text = lower(body);
        return deletedByYou.contains(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
    }

    /** The length of an edited marker ending {@code line} (compared ignoring case), or -1. */
    int editedMarkerLength(String line) {
        if (!line.endsWith(">")) {
            return -1;
        }
        for (String marker : edited) {
            if (line.regionMatches(true, line.length() - marker.length(), marker, 0, marker.length())) {
                return marker.length();
            }
        }
        return -1;
    }

    /** Whether a body starts with the end-to-end encryption notice. */
    boolean isEncryptionNotice(String body) {
        for (String notice : encryptionNotices) {
            if (body.regionMatches(true, 0, notice, 0, notice.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The language of a marker (a media-omitted placeholder, a deleted-message tombstone, an edited
     * marker), as {@link #isMediaOmitted}, {@link #isDeleted} or {@link #editedMarkerLength} found it.
     *
     * @param marker the marker (marks removed, trimmed; a tombstone may end with a full stop)
     * @return its language, or {@code null} when it is not one language's
     */
    Locale languageOf(String marker) {
        String text = lower(marker);
        Locale language = languages.get(text);
        return language != null || !text.endsWith(".") ? language : languages.get(text.substring(0, text.length() - 1));
    }

    /** The language of the encryption notice a system line starts with, or {@code null}. */
    Locale noticeLanguage(String systemText) {
        for (Map.Entry<String, Locale> notice : noticeLanguages.entrySet()) {
            if (systemText.regionMatches(true, 0, notice.getKey(), 0, notice.getKey().length())) {
                return notice.getValue();
            }
        }
        return null;
    }

    /** The edited marker that ends a line (compared ignoring case), or {@code null}. */
    String editedMarker(String line) {
        int length = editedMarkerLength(line);
        return length < 0 ? null : line.substring(line.length() - length);
    }

    /** Whether a system line is one only group chats have. */
    boolean isGroupEvent(String systemText) {
        String text = lower(systemText);
        for (String phrase : groupPhrases) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(WhatsAppMarkers::lower).toList();
    }

    private static List<String> list(Map<String, List<String>> lists, String name) {
        List<String> values = lists.get(name);
        if (values == null) {
            throw new IllegalStateException("markers.json lacks " + name);
        }
        return List.copyOf(values);
    }

    private static WhatsAppMarkers load() {
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, Locale> languages = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        try (InputStream in = WhatsAppMarkers.class.getResourceAsStream("markers.json");
                JsonParser json = new JsonFactory().createParser(in)) {
            json.nextToken();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    lists.put(name, strings(json));
                } else if (value == JsonToken.START_OBJECT) {
                    // Grouped by language: {"en": [...], "it": [...], "und": [...]}.
                    List<String> all = new ArrayList<>();
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String tag = json.currentName();
                        json.nextToken();
                        List<String> phrases = strings(json);
                        all.addAll(phrases);
                        if (!UNDETERMINED.equals(tag)) {
                            for (String phrase : lower(phrases)) {
                                Locale earlier = languages.put(phrase, Locale.forLanguageTag(tag));
                                if (earlier != null && !earlier.getLanguage().equals(tag)) {
                                    ambiguous.add(phrase);
                                }
                            }
                        }
                    }
                    lists.put(name, all);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("markers.json is part of the build", e);
        }
        languages.keySet().removeAll(ambiguous);
        return new WhatsAppMarkers(lists, languages);
    }

    private static List<String> strings(JsonParser json) throws IOException {
        List<String> values = new ArrayList<>();
        while (json.nextToken() == JsonToken.VALUE_STRING) {
            values.add(json.getText());
        }
        return values;
    }
}
