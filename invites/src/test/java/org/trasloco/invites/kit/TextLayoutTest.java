package org.trasloco.invites.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.invites.typeset.TextStyle;

/** Line breaking as long German and French words and long links need it. */
class TextLayoutTest {

    private static Composer composer;

    @BeforeAll
    static void open() {
        composer = new Composer(PaperFormat.A4, PrintSize.NORMAL);
    }

    @AfterAll
    static void close() {
        composer.close();
    }

    @Test
    void aCompoundWordWiderThanTheLineIsHyphenatedAndEveryLineFits() {
        TextStyle style = composer.body();
        String word = "Ende-zu-Ende-Verschlüsselungseinstellungen";
        List<TextLine> lines = TextLayout.wrap(Span.of("Die " + word + " sind an.", style), 90, 1.3f);
        for (TextLine line : lines) {
            assertTrue(line.width() <= 90, line.text() + " is " + line.width() + " wide");
        }
        // Cut after its own hyphens first; where a letter meets a letter, a hyphen is added.
        assertEquals(List.of("Die", "Ende-zu-Ende-", "Verschlüsselun-", "gseinstellungen", "sind an."),
                lines.stream().map(TextLine::text).toList());
    }

    @Test
    void aLinkIsCutAtItsPunctuationWithoutHyphens() {
        String link = "https://xmpp.link/#marco.bianchi@serviziliberi.it?roster;name=Marco%20Bianchi";
        List<TextLine> lines = TextLayout.wrap(Span.of(link, composer.link()), 120, 1.3f);
        assertTrue(lines.size() > 1);
        assertEquals(link, String.join("", lines.stream().map(TextLine::text).toList()));
    }
}
