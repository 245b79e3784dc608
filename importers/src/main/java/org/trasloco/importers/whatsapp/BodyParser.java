package org.trasloco.importers.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trasloco.core.history.MessageKind;

/**
 * Splits the text after a header into author and body and classifies the body, following the
 * format notes (section 3, steps 6–8): attachment, media omitted, deleted, edited marker, iOS
 * system line, plain text; first match wins. Text is kept verbatim apart from the markers and the
 * leading invisible marks: no Unicode normalisation, inner line breaks and spaces untouched.
 */
final class BodyParser {

    private static final String QUOTES = "\"“”«»„";
    private static final int MAX_AUTHOR_LENGTH = 120;
    private static final Pattern IOS_ATTACHED = Pattern.compile("<([^<>:]{1,40}):\\h?([^<>]+)>");
    private static final Pattern IOS_NUMBERED_FILE = Pattern.compile("^\\d{8}-.+");
    private static final Pattern LEGACY_ATTACHED = Pattern.compile("^(.+?)\\h<attached>$");
    private static final Pattern DOCUMENT_DESCRIPTOR = Pattern.compile("^.+\\h•\\h\\d+\\h\\S+$");

    private final WhatsAppMarkers markers;
    private final HeaderSyntax syntax;

    BodyParser(WhatsAppMarkers markers, HeaderSyntax syntax) {
        this.markers = markers;
        this.syntax = syntax;
    }

    /** The author a header's rest names, or {@code null} for a system line (a cheap pre-check). */
    String authorOf(String rest) {
        return split(rest).author;
    }

    ParsedBody parse(String rest, List<String> continuation) {
        Split split = split(rest);
        if (split.author == null) {
            return system(split.body, continuation);
        }
        String author = split.author;
        boolean nonContact = split.nonContact;
        String first = split.body;
        String probe = AuthorNames.trim(AuthorNames.withoutMarks(first));

        String attachment = null;
        List<String> lines = new ArrayList<>(continuation.size() + 1);
        boolean firstConsumed = false;
        Matcher ios = probe.indexOf('<') >= 0 ? IOS_ATTACHED.matcher(probe) : null;
        Matcher legacy = probe.endsWith("<attached>") ? LEGACY_ATTACHED.matcher(probe) : null;
        if (ios != null && ios.find() && isIosAttachment(ios)) {
            attachment = AuthorNames.trim(ios.group(2));
            String left = AuthorNames.trim(probe.substring(0, ios.start()) + probe.substring(ios.end()));
            firstConsumed = left.isEmpty() || DOCUMENT_DESCRIPTOR.matcher(left).matches();
            if (!firstConsumed) {
                lines.add(left);
            }
        } else if (legacy != null && legacy.matches()) {
            attachment = AuthorNames.trim(legacy.group(1));
            firstConsumed = true;
        } else {
            attachment = androidAttachment(probe);
            firstConsumed = attachment != null;
        }
        if (attachment != null) {
            lines.addAll(continuation);
            dropDocumentEcho(lines, attachment, firstConsumed);
            return finish(author, nonContact, lines, attachment, false, firstConsumed, null);
        }
        if (markers.isMediaOmitted(probe)) {
            return finish(author, nonContact, new ArrayList<>(continuation), null, true, true, markers.languageOf(probe));
        }
        lines.add(first);
        lines.addAll(continuation);
        if (continuation.isEmpty() && markers.isDeleted(probe)) {
            return new ParsedBody(author, nonContact, MessageKind.DELETED, "", null, false, false,
                    markers.isDeletedByYou(probe), markers.languageOf(probe));
        }
        if (syntax == HeaderSyntax.IOS && first.startsWith("\u200E")
                || syntax != HeaderSyntax.ANDROID && markers.isEncryptionNotice(probe)) {
            // iOS writes the group (or the actor) as author of its own notices; they are system lines.
            return system(first, continuation);
        }
        return finish(author, nonContact, lines, null, false, false, null);
    }

    private boolean isIosAttachment(Matcher ios) {
        String label = WhatsAppMarkers.lower(AuthorNames.trim(ios.group(1)));
        return markers.iosAttachedLabels.contains(label) || IOS_NUMBERED_FILE.matcher(AuthorNames.trim(ios.group(2))).matches();
    }

    /** {@code NAME (label)} with a known label, the label being the last parenthesis of the line. */
    private String androidAttachment(String probe) {
        if (!probe.endsWith(")")) {
            return null;
        }
        int open = probe.lastIndexOf(" (");
        if (open <= 0) {
            return null;
        }
        String label = WhatsAppMarkers.lower(probe.substring(open + 2, probe.length() - 1));
        return markers.androidAttachedLabels.contains(label) ? AuthorNames.trim(probe.substring(0, open)) : null;
    }

    /** Android repeats a document's name (with or without extension) on the line after the marker. */
    private static void dropDocumentEcho(List<String> lines, String fileName, boolean firstConsumed) {
        if (!firstConsumed || lines.isEmpty()) {
            return;
        }
        String echo = AuthorNames.trim(AuthorNames.withoutMarks(lines.get(0)));
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        if (!echo.isEmpty() && (echo.equals(fileName) || echo.equals(stem))) {
            lines.remove(0);
        }
    }

    private ParsedBody finish(String author, boolean nonContact, List<String> lines, String attachment,
            boolean mediaOmitted, boolean firstConsumed, Locale markerLanguage) {
        boolean edited = false;
        Locale language = markerLanguage;
        if (!lines.isEmpty()) {
            int last = lines.size() - 1;
            String tail = lines.get(last);
            String visible = trimEnd(tail);
            String withoutMarks = AuthorNames.withoutMarks(visible);
            int marker = markers.editedMarkerLength(withoutMarks);
            if (marker > 0) {
                edited = true;
                language = language != null ? language : markers.languageOf(markers.editedMarker(withoutMarks));
                lines.set(last, trimEnd(cutMarker(visible, marker)));
            }
        }
        String text = joinText(lines, !firstConsumed);
        return new ParsedBody(author, nonContact, MessageKind.MESSAGE, text, attachment, mediaOmitted, edited, false,
                language);
    }

    private ParsedBody system(String first, List<String> continuation) {
        List<String> lines = new ArrayList<>(continuation.size() + 1);
        lines.add(first);
        lines.addAll(continuation);
        String text = joinText(lines, true);
        return new ParsedBody(null, false, MessageKind.SYSTEM, text, null, false, false, false,
                markers.noticeLanguage(AuthorNames.trim(AuthorNames.withoutMarks(text))));
    }

    /** Removes the marker, which may be preceded or interleaved by invisible marks, from the end. */
    private static String cutMarker(String visible, int markerLength) {
        int remaining = markerLength;
        int i = visible.length();
        while (i > 0 && remaining > 0) {
            char c = visible.charAt(--i);
            if (!Characters.isMark(c)) {
                remaining--;
            }
        }
        return visible.substring(0, i);
    }

    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || Character.isSpaceChar(text.charAt(end - 1))
                || Characters.isMark(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Joins lines with {@code \n}, drops trailing empty lines and the leading marks of the first. */
    private static String joinText(List<String> lines, boolean stripLeadingMarks) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        if (end == 0) {
            return "";
        }
        if (end == 1) {
            return stripLeadingMarks ? AuthorNames.withoutLeadingMarks(lines.get(0)) : lines.get(0);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (i > 0) {
                text.append('\n');
            }
            String line = lines.get(i);
            text.append(i == 0 && stripLeadingMarks ? AuthorNames.withoutLeadingMarks(line) : line);
        }
        return text.toString();
    }

    /** The author/system split of the notes (step 6). */
    private Split split(String rest) {
        if (syntax == HeaderSyntax.IOS && rest.startsWith("\u200E")) {
            return new Split(null, false, rest);
        }
        int colon = rest.indexOf(": ");
        String candidate;
        String body;
        if (colon >= 0) {
            candidate = rest.substring(0, colon);
            body = rest.substring(colon + 2);
        } else if (rest.endsWith(":")) {
            candidate = rest.substring(0, rest.length() - 1);
            body = "";
        } else {
            return new Split(null, false, rest);
        }
        String author = plausibleAuthor(candidate);
        if (author == null) {
            return new Split(null, false, rest);
        }
        return new Split(author, AuthorNames.isNonContact(candidate), body);
    }

    /** The cleaned author, or {@code null} when the candidate cannot be one (a system line). */
    private static String plausibleAuthor(String candidate) {
        if (candidate.isEmpty() || candidate.length() > MAX_AUTHOR_LENGTH) {
            return null;
        }
        char last = candidate.charAt(candidate.length() - 1);
        if (Character.isWhitespace(last) || Character.isSpaceChar(last)) {
            return null;
        }
        for (int i = 0; i < candidate.length(); i++) {
            if (QUOTES.indexOf(candidate.charAt(i)) >= 0) {
                return null;
            }
        }
        String author = AuthorNames.clean(candidate);
        return author.isEmpty() ? null : author;
    }

    /** An author (cleaned, or {@code null} for a system line) and the body after it. */
    private record Split(String author, boolean nonContact, String body) {
    }
}
