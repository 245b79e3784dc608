package org.trasloco.invites.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.qr.QrDecoding;
import org.trasloco.invites.workshop.Participant;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.invites.workshop.Workshop;

/**
 * Writes the pictures of the sample kit that illustrate {@code docs/workshop-guide.md} and
 * {@code docs/helper-guide.md}: every page of the English A4 kit, the Italian large-print cover and
 * cards, the German, French and Spanish covers, and a facilitator sheet; then reads the cover
 * pictures back as a phone would.
 */
class KitScreenshotsTest {

    private static final float DPI = 100;

    @Test
    void writesThePagesOfTheSampleKitForTheDocs() throws IOException {
        Path dir = screenshots();
        SampleKits.Written english = SampleKits.write(SampleKits.kit(Locale.ENGLISH), PaperFormat.A4, PrintSize.NORMAL);
        try (PdfReading pdf = new PdfReading(english.pdf())) {
            for (int i = 0; i < pdf.pages(); i++) {
                write(pdf.render(i, DPI), dir.resolve("kit-en-a4-page-" + (i + 1) + ".png"));
            }
        }
        SampleKits.Written italian = SampleKits.write(SampleKits.kit(Locale.ITALIAN), PaperFormat.A4, PrintSize.LARGE);
        try (PdfReading pdf = new PdfReading(italian.pdf())) {
            write(pdf.render(0, DPI), dir.resolve("kit-it-large-cover.png"));
            write(pdf.render(pdf.pageWith("Perché ho cambiato"), DPI), dir.resolve("kit-it-large-why.png"));
            write(pdf.render(pdf.pageWith("Biglietti di invito"), DPI), dir.resolve("kit-it-large-cards.png"));
        }
        for (Locale language : List.of(Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"))) {
            SampleKits.Written kit = SampleKits.write(SampleKits.kit(language), PaperFormat.A4, PrintSize.NORMAL);
            try (PdfReading pdf = new PdfReading(kit.pdf())) {
                Path cover = dir.resolve("kit-" + language.getLanguage() + "-a4-cover.png");
                write(pdf.render(0, DPI), cover);
                assertEquals(Optional.of(SampleKits.kit(language).addMe().landing()),
                        QrDecoding.decode(ImageIO.read(cover.toFile())), cover.toString());
            }
        }
        Workshop workshop = new Workshop("serviziliberi.it", LandingLinks.standard(), AppsCatalogue.bundled());
        List<PlannedParticipant> plan = workshop.plan(List.of(
                new Participant("Anna Rossi", Locale.ITALIAN, null, "t-anna"),
                new Participant("Giulia Bianchi", Locale.ITALIAN, "giulia", null),
                new Participant("Jess Moreau", Locale.ENGLISH, null, null),
                new Participant("Luca Verdi", Locale.ITALIAN, "luca.verdi@serviziliberi.it", null),
                new Participant("Anna Rossi", Locale.ITALIAN, null, null)));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        workshop.writeAll(plan, PaperFormat.A4, PrintSize.NORMAL, Locale.ITALIAN, out);
        try (PdfReading pdf = new PdfReading(out.toByteArray())) {
            write(pdf.render(0, DPI), dir.resolve("workshop-facilitator-sheet.png"));
            write(pdf.render(pdf.pageWith("Primi passi"), DPI), dir.resolve("workshop-first-steps.png"));
        }

        BufferedImage cover = ImageIO.read(dir.resolve("kit-en-a4-page-1.png").toFile());
        assertEquals(Math.round(595.28f / 72 * DPI), cover.getWidth(), 1);
        assertEquals(Optional.of("https://xmpp.link/#marco.bianchi@serviziliberi.it?roster;name=Marco%20Bianchi"),
                QrDecoding.decode(cover));
        assertEquals(english.result().pages(), Files.list(dir).filter(p -> p.getFileName().toString()
                .startsWith("kit-en-a4-page-")).count());
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        assertTrue(ImageIO.write(image, "png", file.toFile()), "PNG writer");
    }

    /** {@code docs/screenshots} at the top of the repository (tests run in the module's folder). */
    private static Path screenshots() throws IOException {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path dir = module.getParent().resolve("docs").resolve("screenshots");
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path file : old.filter(p -> p.getFileName().toString().startsWith("kit-en-a4-page-")).toList()) {
                Files.delete(file);
            }
        }
        return dir;
    }
}
