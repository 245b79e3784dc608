package org.trasloco.app.wizard;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Window;

/**
 * Prints pages on paper: the system's printers in the app (a print button is hidden when there is
 * none); tests record what was printed. Pages are pictures of a printable rendered at print
 * resolution, so that nothing needs to be written to disk first (a credentials card never is).
 */
public interface Printing {

    /** Whether a printer is there to print on. */
    boolean available();

    /**
     * Asks which printer and prints the pages.
     *
     * @param owner the window the print dialog belongs to
     * @param jobName the job's name in the printer's queue
     * @param pages the pages, in order
     * @return {@code true} when the pages were sent to the printer, {@code false} when the user
     *     cancelled or the printer refused
     */
    boolean print(Window owner, String jobName, List<Image> pages);
}
