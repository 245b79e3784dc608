package org.trasloco.app.wizard.done;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.TextSize;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.ProgressMonitor;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.CancellationFlag;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.keepsake.book.BookResult;
import org.trasloco.keepsake.html.HtmlKeepsakeResult;
import org.trasloco.move.history.ImportedExports;
import org.trasloco.move.keepsake.PrivateCopies;

/**
 * The private copies on the last step: the keepsake folder that opens in a browser and the book to
 * print, made from the workspace alone (no server, no network), photos taken from the exports that
 * are still where they were imported from.
 */
public final class CopiesController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private CancellationFlag cancellation;
    private Path lastCopy;

    @FXML
    private VBox root;
    @FXML
    private Button web;
    @FXML
    private Button book;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressBar progress;
    @FXML
    private Button stop;
    @FXML
    private Label status;
    @FXML
    private Label missingMedia;
    @FXML
    private Button open;
    @FXML
    private VBox errorBox;

    private ProgressMonitor monitor;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public CopiesController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        monitor = new ProgressMonitor(this::showProgress);
        web.disableProperty().bind(working);
        book.disableProperty().bind(working);
        web.setOnAction(event -> chooseFolder());
        book.setOnAction(event -> chooseBook());
        stop.setOnAction(event -> {
            if (cancellation != null) {
                cancellation.cancel();
            }
        });
        open.setOnAction(event -> {
            if (lastCopy != null) {
                context.services().links().open(lastCopy.toUri().toString());
            }
        });
        show(progressBox, false);
        show(open, false);
        show(missingMedia, false);
    }

    private void chooseFolder() {
        context.dialogs().openFolder(root.getScene().getWindow(), texts.get("copies.web.choose"))
                .ifPresent(parent -> write(copies -> {
                    HtmlKeepsakeResult result = copies.keepsake(freshFolder(parent), language(), largePrint(),
                            copies.selection(List.of(), null, null), exports().present(), monitor, cancellation);
                    return new Written(result.index(), texts.get("copies.web.done", result.conversations(),
                            result.messages(), result.index().getParent().toString()));
                }));
    }

    private void chooseBook() {
        context.dialogs().saveFile(root.getScene().getWindow(), texts.get("copies.book.choose"),
                texts.get("copies.book.fileName"))
                .ifPresent(pdf -> write(copies -> {
                    BookResult result = copies.book(pdf, language(), paper(),
                            largePrint() ? PrintSize.LARGE : PrintSize.NORMAL, copies.selection(List.of(), null, null),
                            exports().present(), monitor, cancellation);
                    return new Written(result.output(), texts.get("copies.book.done", result.pages(),
                            result.messages(), result.photos(), result.output().toString()));
                }));
    }

    /** What a finished copy is: where it is, and the sentence that says so. */
    private record Written(Path file, String summary) {
    }

    private void write(Function<PrivateCopies, Written> copy) {
        cancellation = new CancellationFlag();
        working.set(true);
        errorBox.getChildren().clear();
        status.setText(texts.get("copies.working"));
        show(open, false);
        show(progressBox, true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        ImportedExports exports = exports();
        show(missingMedia, !exports.gone().isEmpty());
        missingMedia.setText(exports.gone().isEmpty() ? ""
                : texts.get("copies.media.gone", String.join(", ", exports.gone().stream().map(Path::toString).toList())));
        monitor.start();
        PrivateCopies copies = new PrivateCopies(context.state().choices());
        Tasks.create(() -> copy.apply(copies))
                .onSuccess(written -> {
                    lastCopy = written.file();
                    status.setText(written.summary());
                    show(open, true);
                    open.requestFocus();
                    FocusFollowingScroll.revealLater(open);
                })
                .onError(TraslocoException.class, error -> {
                    if (cancellation.isCancelled()) {
                        status.setText(texts.get("copies.cancelled"));
                    } else {
                        status.setText("");
                        errorBox.getChildren().setAll(new ErrorView(error, texts));
                    }
                })
                .onError(Exception.class, error -> {
                    status.setText("");
                    errorBox.getChildren().setAll(new ErrorView(error, texts));
                })
                .andFinally(() -> {
                    monitor.stop();
                    working.set(false);
                    show(progressBox, false);
                })
                .runOnce(context.jobs());
    }

    private void showProgress(long done, long total) {
        if (total > 0) {
            progress.setProgress(Math.min(1.0, (double) done / total));
            progress.setAccessibleText(texts.get("copies.progress.accessible", Math.round(100.0 * done / total)));
        }
    }

    private ImportedExports exports() {
        return ImportedExports.of(context.state().choices().workspace());
    }

    /** A folder of the copy's name in the one chosen, numbered when that name is taken. */
    private Path freshFolder(Path parent) {
        String name = texts.get("copies.web.folderName");
        Path folder = parent.resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = parent.resolve(name + " " + n);
        }
        return folder;
    }

    private Locale language() {
        return texts.locale();
    }

    private boolean largePrint() {
        return context.settings().textSize() != TextSize.NORMAL;
    }

    /** Letter where the user's country prints on it, A4 everywhere else. */
    private static PaperFormat paper() {
        return PaperFormat.forCountry(Optional.ofNullable(Locale.getDefault().getCountry()).orElse(""));
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
