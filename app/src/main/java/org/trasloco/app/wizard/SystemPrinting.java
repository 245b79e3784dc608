package org.trasloco.app.wizard;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** The system's printers, through JavaFX's printing. */
final class SystemPrinting implements Printing {

    @Override
    public boolean available() {
        return Printer.getDefaultPrinter() != null;
    }

    @Override
    public boolean print(Window owner, String jobName, List<Image> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner)) {
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }
}
