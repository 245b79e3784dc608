package org.trasloco.app.wizard.printout;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import org.trasloco.app.wizard.common.WizardTexts;

/**
 * A printable's pages side by side, small, in the window: each is a button that shows it large, so
 * that the keyboard reaches them too. Their size follows the window's text size.
 */
public final class PagesView extends FlowPane {

    private IntConsumer onOpen = page -> { };

    /** An empty row of pages. */
    public PagesView() {
        super(10, 10);
        getStyleClass().add("pages");
    }

    /**
     * What to do when a page is chosen.
     *
     * @param action takes the page's index
     */
    public void setOnOpen(IntConsumer action) {
        this.onOpen = action;
    }

    /**
     * Shows pages.
     *
     * @param pages the pages, in order
     * @param texts the window's language (for what a screen reader says about each page)
     * @param widthInEm how wide each page is, in the window's text size
     */
    public void show(List<Image> pages, WizardTexts texts, double widthInEm) {
        getChildren().clear();
        for (int i = 0; i < pages.size(); i++) {
            ImageView picture = new ImageView(pages.get(i));
            picture.setPreserveRatio(true);
            picture.setSmooth(true);
            Button page = new Button(null, picture);
            picture.fitWidthProperty().bind(page.fontProperty().map(font -> font.getSize() * widthInEm));
            page.getStyleClass().add("page");
            page.setAccessibleText(texts.get("pages.page.accessible", i + 1, pages.size()));
            int index = i;
            page.setOnAction(event -> onOpen.accept(index));
            getChildren().add(page);
        }
    }

    /** Removes the pages. */
    public void clear() {
        getChildren().clear();
    }
}
