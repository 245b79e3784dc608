package org.trasloco.importers.whatsapp;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts, line by line, which header syntax the lines of a file have (each line counts for the
 * first syntax in {@link HeaderSyntax#PRIORITY} it matches) and keeps the date-order evidence of
 * each syntax, so one pass can choose both.
 */
final class SyntaxVote {

    private final Map<HeaderSyntax, HeaderLine> matchers = new EnumMap<>(HeaderSyntax.class);
    private final Map<HeaderSyntax, DateOrderEvidence> evidence = new EnumMap<>(HeaderSyntax.class);
    private final long[] counts = new long[HeaderSyntax.values().length];

    SyntaxVote() {
        for (HeaderSyntax syntax : HeaderSyntax.PRIORITY) {
            matchers.put(syntax, new HeaderLine(syntax));
            evidence.put(syntax, new DateOrderEvidence());
        }
    }

    void accept(String line) {
        for (HeaderSyntax syntax : HeaderSyntax.PRIORITY) {
            HeaderLine header = matchers.get(syntax);
            if (header.match(line)) {
                counts[syntax.ordinal()]++;
                evidence.get(syntax).accept(header);
                return;
            }
        }
    }

    /** The syntax most lines have, or {@code null} when no line is a header. */
    HeaderSyntax winner() {
        HeaderSyntax best = null;
        for (HeaderSyntax syntax : HeaderSyntax.PRIORITY) {
            if (counts[syntax.ordinal()] > 0 && (best == null || counts[syntax.ordinal()] > counts[best.ordinal()])) {
                best = syntax;
            }
        }
        return best;
    }

    DateOrderEvidence evidence(HeaderSyntax syntax) {
        return evidence.get(syntax);
    }
}
