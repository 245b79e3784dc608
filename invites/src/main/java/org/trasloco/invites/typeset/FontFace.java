package org.trasloco.invites.typeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One weight of the kit's type, with its fallbacks: each character is set in the first font that
 * has it; a character none has (most emoji) is left out, so a name like "Zoë 🌻" prints as "Zoë"
 * instead of a box or an error.
 */
public final class FontFace {

    private static final System.Logger LOG = System.getLogger(FontFace.class.getName());

    /**
     * One font of the chain and what it covers.
     *
     * @param font the font
     * @param cmap its Unicode character map
     */
    public record Member(PDFont font, CmapLookup cmap) {
        /** Whether the font has a glyph for the character. */
        public boolean covers(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /**
     * A stretch of text set in one font.
     *
     * @param font the font
     * @param text the text, every character of which the font has
     */
    public record Run(PDFont font, String text) {
    }

    private final List<Member> chain;

    /**
     * A face over a chain of fonts, tried in order.
     *
     * @param chain the fonts
     */
    public FontFace(List<Member> chain) {
        this.chain = List.copyOf(chain);
    }

    /** Splits text into runs by the font that covers each character, leaving out what none covers. */
    public List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>(2);
        StringBuilder current = new StringBuilder();
        Member currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Member member = memberFor(c == '\t' || c == '\u00a0' ? ' ' : c);
            if (member == null) {
                LOG.log(System.Logger.Level.DEBUG, () -> String.format("no font has U+%04X; left out of the print", c));
                continue;
            }
            if (member != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont.font(), current.toString()));
                current.setLength(0);
            }
            currentFont = member;
            current.appendCodePoint(c == '\t' || c == '\u00a0' ? ' ' : c);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont.font(), current.toString()));
        }
        return runs;
    }

    /** The width of text at a size, in points, as it will be set. */
    public float width(String text, float size) {
        float width = 0;
        for (Run run : runs(text)) {
            width += width(run, size);
        }
        return width;
    }

    /** The width of a run at a size, in points. */
    public static float width(Run run, float size) {
        try {
            return run.font().getStringWidth(run.text()) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Member memberFor(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return null;
        }
        for (Member member : chain) {
            if (member.covers(codePoint)) {
                return member;
            }
        }
        return null;
    }
}
