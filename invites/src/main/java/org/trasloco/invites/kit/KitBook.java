package org.trasloco.invites.kit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.trasloco.invites.explainers.Explainers;
import org.trasloco.invites.explainers.Section;
import org.trasloco.invites.explainers.Source;

/**
 * One PDF holding one or more kits (a workshop prints all its participants' kits in one file) and,
 * optionally, a facilitator sheet. Add content, then {@link #write(OutputStream)} once.
 *
 * <pre>{@code
 * try (KitBook book = new KitBook(PaperFormat.A4, PrintSize.LARGE)) {
 *     book.add(kit);
 *     KitResult result = book.write(out);
 * }
 * }</pre>
 */
public final class KitBook implements AutoCloseable {

    private final Composer composer;
    private boolean written;

    /**
     * Starts an empty book.
     *
     * @param paper the paper size
     * @param size normal or large print
     */
    public KitBook(PaperFormat paper, PrintSize size) {
        this.composer = new Composer(Objects.requireNonNull(paper, "paper"), Objects.requireNonNull(size, "size"));
    }

    /**
     * Adds one person's kit: cover, apps, the two explainers, first steps, sources, invite cards.
     * Its pages are numbered on their own ("page 2 of 8").
     *
     * @param kit the content
     * @return this book
     */
    public KitBook add(KitContent kit) {
        requireOpen();
        composer.language(kit.language());
        if (composer.pageCount() == 0) {
            title(composer.text(KitText.DOCUMENT_TITLE, kit.owner().displayName()), kit.language());
        }
        int first = composer.pageCount();
        List<Section> explainers = Explainers.all();
        List<Source> sources = Section.citations(explainers);
        CoverPage.draw(composer, kit);
        AppsPage.draw(composer, kit);
        for (Section section : explainers) {
            ExplainerPages.draw(composer, section, sources);
        }
        StepsPage.draw(composer, kit);
        SourcesPage.draw(composer, sources);
        CardsPages.draw(composer, kit, CardsPages.cardsOf(kit, composer.theme));
        composer.footers(first, kit.owner().address().toString());
        return this;
    }

    /**
     * Adds a facilitator sheet.
     *
     * @param sheet the participants
     * @param language the facilitator's language
     * @return this book
     */
    public KitBook add(FacilitatorSheet sheet, Locale language) {
        requireOpen();
        composer.language(language);
        if (composer.pageCount() == 0) {
            title(composer.text(KitText.FACILITATOR_TITLE), language);
        }
        int first = composer.pageCount();
        FacilitatorPages.draw(composer, sheet);
        composer.footers(first, sheet.server());
        return this;
    }

    /**
     * Writes the PDF. Can be called once.
     *
     * @param out where to write; not closed
     * @return what was printed
     * @throws UncheckedIOException when writing fails
     */
    public KitResult write(OutputStream out) {
        requireOpen();
        written = true;
        composer.finishPage();
        try {
            composer.document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KitResult(composer.pageCount(), composer.qrCodes(), composer.links());
    }

    @Override
    public void close() {
        composer.close();
    }

    private void title(String title, Locale language) {
        PDDocumentInformation info = composer.document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Trasloco");
        composer.document.getDocumentCatalog().setLanguage(language.toLanguageTag());
    }

    private void requireOpen() {
        if (written) {
            throw new IllegalStateException("the book was already written");
        }
    }
}
