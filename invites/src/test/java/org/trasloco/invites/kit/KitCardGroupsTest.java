package org.trasloco.invites.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trasloco.invites.links.InviteLink;

/**
 * A card for someone who will be in the move's group chats names them, in the kit's language, says
 * that their invitations arrive by themselves, and prints their links; a card for someone in none is
 * printed as it always was. (That nothing overlaps, in every language, paper and print size, is
 * {@link KitLayoutTest}'s: the sample kit has cards with group chats.)
 */
class KitCardGroupsTest {

    @Test
    void aCardNamesItsGroupChatAndPrintsItsLink() {
        SampleKits.Written written = SampleKits.write(SampleKits.kit(Locale.ENGLISH), PaperFormat.A4, PrintSize.NORMAL);
        try (PdfReading pdf = new PdfReading(written.pdf())) {
            String card = PdfReading.compact(pdf.page(pdf.pageWith("For Nonna Rosa")));
            assertTrue(card.contains(PdfReading.compact("You will also be in the group chat “Famiglia Bianchi”. Once you "
                    + "have joined with this card, its invitation arrives in your app by itself.")), card);
            assertTrue(card.contains("xmpp:famiglia-bianchi@conference.serviziliberi.it?join"), card);
        }
        assertTrue(written.result().links().contains(SampleKits.FAMILY.joinLink()), written.result().links().toString());
    }

    @Test
    void ofManyGroupChatsACardNamesThreeAndCountsTheOthers() {
        SampleKits.Written written = SampleKits.write(SampleKits.kit(Locale.ENGLISH), PaperFormat.A4, PrintSize.NORMAL);
        try (PdfReading pdf = new PdfReading(written.pdf())) {
            String card = PdfReading.compact(pdf.page(pdf.pageWith("For Ελένη")));
            assertTrue(card.contains(PdfReading.compact("You will also be in the group chats “Famiglia Bianchi”, “Cugini”, "
                    + "“Calcetto del giovedì” and 2 more. Once you have joined with this card, their invitations")), card);
            for (CardGroup named : SampleKits.ELENIS_GROUPS.subList(0, 3)) {
                assertTrue(card.contains(named.joinLink()), named.joinLink());
            }
            for (CardGroup counted : SampleKits.ELENIS_GROUPS.subList(3, 5)) {
                assertFalse(card.contains(counted.title().replace(" ", "")), counted.title());
                assertFalse(card.contains(counted.joinLink()), counted.joinLink());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "it|Sarai anche nella chat di gruppo «Famiglia Bianchi». Quando avrai usato questo biglietto, il suo invito"
                + "|«Famiglia Bianchi», «Cugini», «Calcetto del giovedì» e altre 2",
        "de|Du bist auch im Gruppenchat „Famiglia Bianchi“. Sobald du mit dieser Karte dabei bist"
                + "|Du bist auch in den Gruppenchats „Famiglia Bianchi“, „Cugini“, „Calcetto del giovedì“ und 2 weitere",
        "fr|Tu seras aussi dans la discussion de groupe « Famiglia Bianchi ». Quand tu auras utilisé cette carte"
                + "|« Famiglia Bianchi », « Cugini », « Calcetto del giovedì » et 2 autres",
        "es|También estarás en el chat de grupo «Famiglia Bianchi». Cuando hayas usado esta tarjeta"
                + "|«Famiglia Bianchi», «Cugini», «Calcetto del giovedì» y 2 más"})
    void largePrintCardsSayItInTheKitsLanguage(String tag, String one, String many) {
        SampleKits.Written written = SampleKits.write(SampleKits.kit(Locale.forLanguageTag(tag)), PaperFormat.LETTER,
                PrintSize.LARGE);
        try (PdfReading pdf = new PdfReading(written.pdf())) {
            String text = PdfReading.compact(pdf.text());
            assertTrue(text.contains(PdfReading.compact(one)), one);
            assertTrue(text.contains(PdfReading.compact(many)), many);
            assertTrue(text.contains(SampleKits.FAMILY.joinLink()));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"A4, NORMAL", "LETTER, NORMAL", "A4, LARGE", "LETTER, LARGE"})
    void aCardWithoutGroupChatsIsPrintedAsItAlwaysWas(PaperFormat paper, PrintSize size) {
        // Jess is in no group: beside cards with group chats her card moves on the page, but what it
        // says and where, measured from its first line, stays what it is in a kit without any.
        List<String> plain = card("For Jess Moreau", SampleKits.write(SampleKits.kit(Locale.ENGLISH, false), paper, size));
        List<String> mixed = card("For Jess Moreau", SampleKits.write(SampleKits.kit(Locale.ENGLISH, true), paper, size));
        assertTrue(plain.size() >= 8, plain.toString());
        assertEquals(plain, mixed);
    }

    @Test
    void aCardWithGroupChatsTakesAWholeRowAndTheCardsKeepTheirOrder() {
        Theme normal = Theme.of(PrintSize.NORMAL);
        InviteLink link = SampleKits.kit(Locale.ENGLISH).addMe();
        InviteCard family = new InviteCard("Nonna Rosa", link, List.of(SampleKits.FAMILY));
        List<InviteCard> cards = List.of(new InviteCard("A", link), family, new InviteCard("B", link),
                new InviteCard("C", link), family, new InviteCard("D", link));
        List<List<CardSlots.Slot>> pages = CardSlots.pages(cards, normal);
        assertEquals(List.of(List.of("A 0 0 1", "Nonna Rosa 1 0 2", "B 2 0 1", "C 2 1 1"),
                List.of("Nonna Rosa 0 0 2", "D 1 0 1")), pages.stream().map(page -> page.stream()
                        .map(s -> s.card().forName() + " " + s.row() + " " + s.column() + " " + s.span()).toList()).toList());
        // In large print every card has a row of its own already.
        assertEquals(6, CardSlots.pages(cards, Theme.of(PrintSize.LARGE)).stream().mapToInt(List::size).sum());
        assertTrue(CardSlots.pages(cards, Theme.of(PrintSize.LARGE)).stream().flatMap(List::stream)
                .allMatch(slot -> slot.span() == 1 && slot.column() == 0));
    }

    /**
     * One card's text runs and QR code, in drawing order, each with its place relative to the card's
     * first line: from the run {@code first} up to the next card's first line.
     */
    private static List<String> card(String first, SampleKits.Written written) {
        try (PdfReading pdf = new PdfReading(written.pdf())) {
            int index = pdf.pageWith(first);
            PageLayout page = PageLayout.of(pdf.document().getPage(index));
            List<PageLayout.Run> runs = page.runs();
            int start = 0;
            while (!runs.get(start).text().equals(first)) {
                start++;
            }
            int end = start + 1;
            while (end < runs.size() && !runs.get(end).text().startsWith("For ")) {
                end++;
            }
            Rectangle2D origin = runs.get(start).box();
            int fromOrder = runs.get(start).order();
            int toOrder = end < runs.size() ? runs.get(end).order() : Integer.MAX_VALUE;
            List<String> card = new ArrayList<>();
            for (PageLayout.Run run : runs.subList(start, end)) {
                if (!run.text().contains(" · ")) { // the page's footer
                    card.add(run.text() + " " + relative(run.box(), origin));
                }
            }
            page.forms().stream().filter(form -> form.order() > fromOrder && form.order() < toOrder)
                    .forEach(form -> card.add("QR " + relative(form.box(), origin)));
            return card;
        }
    }

    private static String relative(Rectangle2D box, Rectangle2D origin) {
        return String.format(Locale.ROOT, "%.2f,%.2f %.2fx%.2f", box.getX() - origin.getX(), box.getY() - origin.getY(),
                box.getWidth(), box.getHeight());
    }
}
