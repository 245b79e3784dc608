package org.trasloco.invites.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trasloco.invites.Languages;

/**
 * The kit's layout holds in every language, paper and print size: a sample kit with a facilitator
 * sheet is written in each of the 20 combinations and read back with PDFBox. No text may overlap
 * other text or a QR code, be covered by a shape drawn after it, stick out of a box it starts in or
 * run into the margins (invite cards naming group chats included); and no QR code may be smaller in
 * large print than in normal print.
 */
class KitLayoutTest {

    /** The key of the cover code's size among the sizes of the codes by content. */
    private static final String COVER = "the cover code";

    /** How far boxes may touch before it counts as overlapping, in points. */
    private static final float TOLERANCE = 0.5f;

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (Locale language : Languages.SUPPORTED) {
            for (PaperFormat paper : PaperFormat.values()) {
                all.add(Arguments.of(language, paper));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("combinations")
    void nothingOverlapsAndLargePrintCodesAreNeverSmaller(Locale language, PaperFormat paper) {
        Map<String, Float> normal = checkedCodeSizes(language, paper, PrintSize.NORMAL);
        Map<String, Float> large = checkedCodeSizes(language, paper, PrintSize.LARGE);
        assertEquals(normal.keySet(), large.keySet());
        List<String> smaller = new ArrayList<>();
        normal.forEach((content, size) -> {
            if (large.get(content) < size - 0.01f) {
                smaller.add(content + ": " + large.get(content) + " < " + size);
            }
        });
        assertEquals(List.of(), smaller, "QR codes smaller in large print");
        assertTrue(large.get(COVER) >= Theme.of(PrintSize.NORMAL).coverQr(),
                "the large-print cover code is at least normal print's full size: " + large.get(COVER));
    }

    /** Writes one combination, checks every page, and returns each code's smallest printed size. */
    private static Map<String, Float> checkedCodeSizes(Locale language, PaperFormat paper, PrintSize size) {
        KitContent kit = SampleKits.kit(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitResult result;
        try (KitBook book = new KitBook(paper, size)) {
            book.add(sheet(language), language);
            result = book.add(kit).write(out);
        }
        String combination = language + "/" + paper + "/" + size;
        List<String> problems = new ArrayList<>();
        float margin = Theme.of(size).margin();
        try (PdfReading pdf = new PdfReading(out.toByteArray())) {
            for (int i = 0; i < pdf.pages(); i++) {
                PageLayout page = PageLayout.of(pdf.document().getPage(i));
                check(page, paper.width(), paper.height(), margin, "page " + (i + 1), problems);
                int index = i;
                List<PlacedQr> placed = result.qrCodes().stream().filter(qr -> qr.page() == index).toList();
                assertEquals(placed.size(), page.forms().size(), combination + " page " + (i + 1) + ": forms drawn");
            }
        }
        assertEquals(List.of(), problems, combination);
        // The sample kit's cards with group chats were printed, so their layout was checked too.
        assertTrue(result.links().contains(SampleKits.FAMILY.joinLink()), combination + ": " + result.links());
        Map<String, Float> sizes = new HashMap<>();
        result.qrCodes().forEach(qr -> sizes.merge(qr.content(), qr.size(), Math::min));
        // The facilitator sheet has no codes: the first one drawn is the cover's.
        PlacedQr cover = result.qrCodes().get(0);
        assertEquals(kit.addMe().landing(), cover.content());
        sizes.put(COVER, cover.size());
        return sizes;
    }

    private static FacilitatorSheet sheet(Locale language) {
        return new FacilitatorSheet("serviziliberi.it", List.of(
                new FacilitatorSheet.Row("Anna-Katharina Rossi-Schwarzenberger", language,
                        "anna-katharina.rossi-schwarzenberger@serviziliberi.it", true),
                new FacilitatorSheet.Row("Jess Moreau", Locale.ENGLISH, "jess@serviziliberi.it", false)));
    }

    private static void check(PageLayout page, float width, float height, float margin, String where, List<String> problems) {
        List<PageLayout.Run> runs = page.runs();
        for (PageLayout.Run run : runs) {
            Rectangle2D box = run.box();
            if (box.getMinX() < margin - TOLERANCE || box.getMaxX() > width - margin + TOLERANCE
                    || box.getMinY() < 0 || box.getMaxY() > height) {
                problems.add(where + ": \"" + run.text() + "\" runs into the margin: " + describe(box));
            }
        }
        for (int a = 0; a < runs.size(); a++) {
            for (int b = a + 1; b < runs.size(); b++) {
                if (overlap(runs.get(a).box(), runs.get(b).box())) {
                    problems.add(where + ": \"" + runs.get(a).text() + "\" overlaps \"" + runs.get(b).text() + "\"");
                }
            }
        }
        for (PageLayout.Shape form : page.forms()) {
            for (PageLayout.Run run : runs) {
                if (overlap(form.box(), run.box())) {
                    problems.add(where + ": \"" + run.text() + "\" overlaps a QR code at " + describe(form.box()));
                }
            }
            for (PageLayout.Shape other : page.forms()) {
                if (other != form && overlap(form.box(), other.box())) {
                    problems.add(where + ": two QR codes overlap at " + describe(form.box()));
                }
            }
            for (PageLayout.Shape fill : page.fills()) {
                if (fill.order() > form.order() && overlap(form.box(), fill.box())) {
                    problems.add(where + ": a shape covers the QR code at " + describe(form.box()));
                }
            }
        }
        for (PageLayout.Shape fill : page.fills()) {
            for (PageLayout.Run run : runs) {
                if (!overlap(fill.box(), run.box())) {
                    continue;
                }
                if (fill.order() > run.order()) {
                    problems.add(where + ": a shape at " + describe(fill.box()) + " covers \"" + run.text() + "\"");
                } else if (!inside(run.box(), fill.box())) {
                    problems.add(where + ": \"" + run.text() + "\" sticks out of the box at " + describe(fill.box()));
                }
            }
        }
    }

    /** Whether two boxes share more than a sliver. */
    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() < b.getMaxX() - TOLERANCE && b.getMinX() < a.getMaxX() - TOLERANCE
                && a.getMinY() < b.getMaxY() - TOLERANCE && b.getMinY() < a.getMaxY() - TOLERANCE;
    }

    private static boolean inside(Rectangle2D inner, Rectangle2D outer) {
        return inner.getMinX() >= outer.getMinX() - TOLERANCE && inner.getMaxX() <= outer.getMaxX() + TOLERANCE
                && inner.getMinY() >= outer.getMinY() - TOLERANCE && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }

    private static String describe(Rectangle2D box) {
        return String.format(Locale.ROOT, "(%.0f,%.0f %.0f×%.0f)", box.getX(), box.getY(), box.getWidth(), box.getHeight());
    }
}
