package org.trasloco.app.wizard.printout;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FxImages;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.invites.kit.PdfPages;

/**
 * Prints a PDF made by the library modules on the user's printer: its pages are drawn as pictures at
 * print resolution in the background; a long document (a workshop's kits) is drawn page by page while
 * it prints, so that its pages are never all in memory at once.
 */
public final class Printouts {

    /** Print resolution: sharp text and codes on any office printer. */
    static final float DOTS_PER_INCH = 150;
    /** Up to this many pages are drawn before the print dialog opens. */
    static final int DRAWN_AHEAD = 24;

    private Printouts() {
    }

    /**
     * Prints, saying how it went.
     *
     * @param context the wizard (its printers and background threads)
     * @param owner the window the print dialog belongs to
     * @param jobName the job's name in the printer's queue
     * @param pdf makes the document (runs in the background)
     * @param status says whether the pages went to the printer
     * @param problems shows why the document could not be made
     * @param busy true while the document is made and printed
     */
    public static void print(WizardContext context, Window owner, String jobName, Callable<byte[]> pdf, Label status,
            VBox problems, BooleanProperty busy) {
        WizardTexts texts = context.texts();
        busy.set(true);
        problems.getChildren().clear();
        Tasks.create(() -> Pages.of(PdfPages.open(pdf.call())))
                .onSuccess(pages -> {
                    try {
                        boolean printed = context.services().printing().print(owner, jobName, pages);
                        status.setText(printed ? texts.get("kit.printed") : texts.get("kit.notPrinted"));
                    } finally {
                        pages.close();
                    }
                })
                .onError(Exception.class, error -> problems.getChildren().setAll(new ErrorView(error, texts)))
                .andFinally(() -> busy.set(false))
                .runOnce(context.jobs());
    }

    /** The pages to print: drawn ahead when few, else drawn when the printer asks for them. */
    private static final class Pages extends AbstractList<Image> implements AutoCloseable {
        private final PdfPages source;
        private final List<Image> drawn;

        private Pages(PdfPages source, List<Image> drawn) {
            this.source = source;
            this.drawn = drawn;
        }

        static Pages of(PdfPages source) {
            if (source.count() > DRAWN_AHEAD) {
                return new Pages(source, null);
            }
            List<Image> drawn = new ArrayList<>(source.count());
            for (int i = 0; i < source.count(); i++) {
                drawn.add(FxImages.of(source.render(i, DOTS_PER_INCH)));
            }
            return new Pages(source, drawn);
        }

        @Override
        public Image get(int index) {
            return drawn != null ? drawn.get(index) : FxImages.of(source.render(index, DOTS_PER_INCH));
        }

        @Override
        public int size() {
            return source.count();
        }

        @Override
        public void close() {
            source.close();
        }
    }
}
