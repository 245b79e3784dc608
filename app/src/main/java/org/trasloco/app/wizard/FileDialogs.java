package org.trasloco.app.wizard;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The file choosers the steps open (the system's in the app; tests answer them themselves). */
public interface FileDialogs {

    /**
     * Asks for files to open.
     *
     * @param owner the window
     * @param title the chooser's title
     * @return the files chosen, none when cancelled
     */
    List<Path> openFiles(Window owner, String title);

    /**
     * Asks for a folder.
     *
     * @param owner the window
     * @param title the chooser's title
     * @return the folder, if one was chosen
     */
    Optional<Path> openFolder(Window owner, String title);

    /**
     * Asks for one file to open.
     *
     * @param owner the window
     * @param title the chooser's title
     * @param description what the files are ("Contacts")
     * @param patterns file-name patterns, e.g. {@code *.vcf}
     * @return the file, if one was chosen
     */
    Optional<Path> openFile(Window owner, String title, String description, String... patterns);

    /**
     * Asks where to save a file.
     *
     * @param owner the window
     * @param title the chooser's title
     * @param suggestedName the name proposed
     * @return the file, if one was chosen
     */
    Optional<Path> saveFile(Window owner, String title, String suggestedName);
}
