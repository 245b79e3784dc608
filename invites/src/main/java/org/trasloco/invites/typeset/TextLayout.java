package org.trasloco.invites.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines of a given width: greedily at spaces, and inside a word only when
 * the word alone is wider than the line (links, long compound words), preferably after
 * {@code / ? ; & = # . -}, with a hyphen where a word of prose is cut between letters.
 */
public final class TextLayout {

    private static final String LINK_BREAKS = "/?;&=#.-_";
    /** Characters only links and addresses have: a word without them is prose. */
    private static final String LINK_MARKS = "/:@?#&=%";

    private final float maxWidth;
    private final float leading;
    private final List<TextLine> lines = new ArrayList<>();
    private final List<TextLine.Piece> pieces = new ArrayList<>();
    private float width;

    private TextLayout(float maxWidth, float leading) {
        this.maxWidth = maxWidth;
        this.leading = leading;
    }

    /**
     * Lays out spans.
     *
     * @param spans the text
     * @param maxWidth the line width in points
     * @param leading line height as a multiple of the font size
     * @return the lines; at least one
     */
    public static List<TextLine> wrap(List<Span> spans, float maxWidth, float leading) {
        TextLayout layout = new TextLayout(maxWidth, leading);
        for (Span span : spans) {
            layout.add(span);
        }
        layout.endLine(spans.isEmpty() ? 0 : spans.get(spans.size() - 1).style().size());
        return layout.lines;
    }

    /** The height of lines stacked. */
    public static float height(List<TextLine> lines) {
        float height = 0;
        for (TextLine line : lines) {
            height += line.height();
        }
        return height;
    }

    /** The widest of the lines. */
    public static float width(List<TextLine> lines) {
        float width = 0;
        for (TextLine line : lines) {
            width = Math.max(width, line.width());
        }
        return width;
    }

    private void add(Span span) {
        String text = span.text();
        int start = 0;
        while (start < text.length()) {
            if (text.charAt(start) == '\n') {
                endLine(span.style().size());
                start++;
                continue;
            }
            int end = start;
            while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            word(text.substring(start, end), span.style());
            start = end;
        }
    }

    /** Places a word with its trailing spaces. */
    private void word(String word, TextStyle style) {
        String bare = word.stripTrailing();
        float bareWidth = style.width(bare);
        if (width + bareWidth > maxWidth && width > 0) {
            endLine(style.size());
        }
        if (bareWidth > maxWidth) {
            for (String chunk : split(bare, style)) {
                if (width > 0) {
                    endLine(style.size());
                }
                append(chunk, style);
            }
            append(word.substring(bare.length()), style);
            return;
        }
        append(word, style);
    }

    /**
     * Cuts a word wider than a line into chunks that fit: at link punctuation when possible, else
     * anywhere; a word of prose (not a link or an address) cut between two letters gets a hyphen.
     */
    private List<String> split(String word, TextStyle style) {
        boolean prose = word.chars().noneMatch(ch -> LINK_MARKS.indexOf(ch) >= 0);
        float hyphen = prose ? style.width("-") : 0;
        List<String> chunks = new ArrayList<>();
        String rest = word;
        while (style.width(rest) > maxWidth) {
            int cut = 1;
            int lastBreak = -1;
            while (cut < rest.length() && style.width(rest.substring(0, cut + 1)) + hyphen <= maxWidth) {
                cut++;
                if (LINK_BREAKS.indexOf(rest.charAt(cut - 1)) >= 0) {
                    lastBreak = cut;
                }
            }
            if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                cut--;
            }
            int at = lastBreak > cut / 2 ? lastBreak : cut;
            boolean betweenLetters = Character.isLetter(rest.charAt(at - 1)) && Character.isLetter(rest.charAt(at));
            chunks.add(rest.substring(0, at) + (prose && betweenLetters ? "-" : ""));
            rest = rest.substring(at);
        }
        chunks.add(rest);
        return chunks;
    }

    private void append(String text, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        float textWidth = style.width(text);
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).style().equals(style)) {
            TextLine.Piece merged = pieces.get(last);
            pieces.set(last, new TextLine.Piece(merged.text() + text, style, merged.width() + textWidth));
        } else {
            pieces.add(new TextLine.Piece(text, style, textWidth));
        }
        width += textWidth;
    }

    private void endLine(float fallbackSize) {
        int last = pieces.size() - 1;
        if (last >= 0) {
            TextLine.Piece piece = pieces.get(last);
            String trimmed = piece.text().stripTrailing();
            if (trimmed.isEmpty()) {
                pieces.remove(last);
            } else if (trimmed.length() != piece.text().length()) {
                pieces.set(last, new TextLine.Piece(trimmed, piece.style(), piece.style().width(trimmed)));
            }
        }
        // An empty line (a blank between paragraphs) keeps the height of the text around it.
        float size = pieces.isEmpty() ? fallbackSize : 0;
        float lineWidth = 0;
        for (TextLine.Piece piece : pieces) {
            size = Math.max(size, piece.style().size());
            lineWidth += piece.width();
        }
        lines.add(new TextLine(List.copyOf(pieces), lineWidth, size * leading, size));
        pieces.clear();
        width = 0;
    }
}
