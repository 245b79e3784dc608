package org.trasloco.invites.typeset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The kit's fonts, embedded (as subsets) in one document: Noto Sans regular and bold for Latin,
 * Greek and Cyrillic, DejaVu Sans behind both for symbols and scripts Noto Sans lacks. The font
 * files are read from the jar once per process; each document parses its own copies, which must
 * stay open until the document is saved.
 */
public final class Fonts implements Closeable {

    private static final byte[] NOTO_REGULAR = read("NotoSans-Regular.ttf");
    private static final byte[] NOTO_BOLD = read("NotoSans-Bold.ttf");
    private static final byte[] DEJAVU = read("DejaVuSans.ttf");

    private final List<TrueTypeFont> open = new ArrayList<>(3);
    private final FontFace regular;
    private final FontFace bold;

    /**
     * Loads the fonts into a document (embedded as subsets when it is saved).
     *
     * @param document the document
     */
    public Fonts(PDDocument document) {
        try {
            FontFace.Member fallback = member(document, DEJAVU);
            regular = new FontFace(List.of(member(document, NOTO_REGULAR), fallback));
            bold = new FontFace(List.of(member(document, NOTO_BOLD), fallback));
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    /** Noto Sans regular, DejaVu Sans behind it. */
    public FontFace regular() {
        return regular;
    }

    /** Noto Sans bold, DejaVu Sans behind it. */
    public FontFace bold() {
        return bold;
    }

    private FontFace.Member member(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        open.add(ttf);
        // No glyph substitution: ligatures would make the text harder to extract and search.
        ttf.setEnableGsub(false);
        return new FontFace.Member(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
    }

    @Override
    public void close() {
        for (TrueTypeFont ttf : open) {
            try {
                ttf.close();
            } catch (IOException ignored) {
                // Closing an in-memory font cannot fail in a way that matters.
            }
        }
        open.clear();
    }

    private static byte[] read(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is part of the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
