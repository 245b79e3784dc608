package org.trasloco.app.wizard;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.scene.image.Image;
import javafx.stage.Window;

/**
 * What the wizard asks of the desktop: file choosers, opening links, printing. The system's in the
 * app; tests answer and record them without a person.
 *
 * @param dialogs the file choosers
 * @param links opens links outside the wizard
 * @param printing the printers
 */
public record WizardServices(FileDialogs dialogs, ExternalLinks links, Printing printing) {

    /**
     * Checks the components.
     *
     * @param dialogs the file choosers
     * @param links the links
     * @param printing the printers
     */
    public WizardServices {
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(printing, "printing");
    }

    /**
     * For a window nobody works in (a benchmark): choosers answer nothing, links are not opened, no
     * printer is there.
     *
     * @return the services
     */
    public static WizardServices unattended() {
        FileDialogs nothing = new FileDialogs() {
            @Override
            public List<java.nio.file.Path> openFiles(Window owner, String title) {
                return List.of();
            }

            @Override
            public Optional<java.nio.file.Path> openFolder(Window owner, String title) {
                return Optional.empty();
            }

            @Override
            public Optional<java.nio.file.Path> openFile(Window owner, String title,
                    String description, String... patterns) {
                return Optional.empty();
            }

            @Override
            public Optional<java.nio.file.Path> saveFile(Window owner, String title,
                    String suggestedName) {
                return Optional.empty();
            }
        };
        Printing noPrinter = new Printing() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public boolean print(Window owner, String jobName, List<javafx.scene.image.Image> pages) {
                return false;
            }
        };
        return new WizardServices(nothing, uri -> { }, noPrinter);
    }

    /**
     * The desktop's own.
     *
     * @param host the application's host services (for links)
     * @return the services
     */
    public static WizardServices system(HostServices host) {
        return new WizardServices(new SystemFileDialogs(), new SystemExternalLinks(host), new SystemPrinting());
    }
}
