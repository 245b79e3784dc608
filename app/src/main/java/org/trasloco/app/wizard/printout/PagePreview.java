package org.trasloco.app.wizard.printout;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FxImages;
import org.trasloco.app.wizard.common.Overlay;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;

/**
 * Draws a printable's pages in the background and shows them small; a page chosen shows large in the
 * overlay. When the choices change while a drawing runs, only the newest choices are drawn next.
 */
public final class PagePreview {

    /** Enough to read a page when it is shown large. */
    public static final float DOTS_PER_INCH = 60;
    private static final double PAGE_WIDTH_EM = 11;

    private final WizardContext context;
    private final PagesView view;
    private final Label status;
    private final VBox problems;
    private final Overlay overlay;
    private Callable<List<BufferedImage>> wanted;
    private boolean drawing;
    private List<Image> shown = List.of();

    /**
     * A preview.
     *
     * @param context the wizard
     * @param view where the pages show
     * @param status says what is happening
     * @param problems where an error shows
     * @param overlay where a page shows large
     */
    public PagePreview(WizardContext context, PagesView view, Label status, VBox problems, Overlay overlay) {
        this.context = context;
        this.view = view;
        this.status = status;
        this.problems = problems;
        this.overlay = overlay;
        view.setOnOpen(this::open);
    }

    /**
     * Draws the pages (again).
     *
     * @param pages draws them; runs in the background
     */
    public void draw(Callable<List<BufferedImage>> pages) {
        wanted = pages;
        if (!drawing) {
            next();
        }
    }

    /** The pages shown now. */
    public List<Image> pages() {
        return shown;
    }

    private void next() {
        Callable<List<BufferedImage>> work = wanted;
        wanted = null;
        drawing = true;
        WizardTexts texts = context.texts();
        status.setText(texts.get("pages.drawing"));
        Tasks.create(() -> work.call().stream().map(FxImages::of).toList())
                .onSuccess(pages -> {
                    shown = pages;
                    view.show(pages, texts, PAGE_WIDTH_EM);
                    status.setText(texts.get("pages.drawn", pages.size()));
                    problems.getChildren().clear();
                })
                .onError(Exception.class, error -> {
                    status.setText("");
                    problems.getChildren().setAll(new ErrorView(error, texts));
                })
                .andFinally(() -> {
                    drawing = false;
                    if (wanted != null) {
                        next();
                    }
                })
                .runOnce(context.jobs());
    }

    private void open(int index) {
        WizardTexts texts = context.texts();
        ImageView page = new ImageView(shown.get(index));
        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.fitHeightProperty().bind(overlay.heightProperty().map(height -> overlay.contentSide()));
        overlay.show(texts.get("pages.large.title", index + 1, shown.size()), page, null,
                texts.get("pages.large.accessible", index + 1, shown.size()));
    }
}
