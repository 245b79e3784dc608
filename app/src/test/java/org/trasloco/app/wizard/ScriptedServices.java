package org.trasloco.app.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Window;

/** The desktop as tests see it: file choosers answered by the test, links and printed pages recorded. */
final class ScriptedServices {

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    /** Every link the wizard opened, in order. */
    final List<String> openedLinks = new ArrayList<>();
    /** Every print job: its name and its pages. */
    final List<PrintedJob> printed = new ArrayList<>();
    /** Whether a printer is there (the print buttons show only then). */
    boolean printerAvailable = true;

    /** A print job the wizard sent. */
    record PrintedJob(String name, List<Image> pages) {
    }

    WizardServices services() {
        return new WizardServices(dialogs, openedLinks::add, new Printing() {
            @Override
            public boolean available() {
                return printerAvailable;
            }

            @Override
            public boolean print(Window owner, String jobName, List<Image> pages) {
                printed.add(new PrintedJob(jobName, List.copyOf(pages)));
                return true;
            }
        });
    }
}
