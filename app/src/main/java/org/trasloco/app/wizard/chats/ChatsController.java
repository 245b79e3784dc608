package org.trasloco.app.wizard.chats;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ProgressMonitor;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.progress.CancellationFlag;
import org.trasloco.core.time.DateOrder;
import org.trasloco.importers.ExportDetector;

/** Step 1: bring your chats. */
public final class ChatsController implements StepController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final ObservableList<FileOutcome> outcomes = FXCollections.observableArrayList();
    private final BooleanProperty hasChats = new SimpleBooleanProperty(this, "hasChats");
    private final AtomicBoolean running = new AtomicBoolean();
    private ChatImporter importer;
    private CancellationFlag cancellation;
    private ProgressMonitor monitor;
    private FileOutcome question;

    @FXML
    private StackPane dropZone;
    @FXML
    private Button chooseFiles;
    @FXML
    private Button chooseFolder;
    @FXML
    private TextField typedPath;
    @FXML
    private Button addTyped;
    @FXML
    private ComboBox<ZoneId> zone;
    @FXML
    private Label zoneLabel;
    @FXML
    private ListView<FileOutcome> outcomeList;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressLabel;
    @FXML
    private Button cancel;
    @FXML
    private VBox questionBox;
    @FXML
    private Label questionLabel;
    @FXML
    private Button dayFirst;
    @FXML
    private Button monthFirst;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public ChatsController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        importer = new ChatImporter(context.state().workspace(), ExportDetector.standard());
        monitor = new ProgressMonitor(this::showProgress);
        outcomeList.setItems(outcomes);
        outcomeList.setCellFactory(list -> new OutcomeCell(texts));
        outcomeList.setPlaceholder(new Label(texts.get("chats.none")));
        zoneLabel.setLabelFor(zone);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList());
        zone.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneId value) {
                return value == null ? "" : value.getId().replace('_', ' ');
            }

            @Override
            public ZoneId fromString(String text) {
                return ZoneId.of(text.replace(' ', '_'));
            }
        });
        zone.setValue(context.state().zone().get());
        zone.valueProperty().addListener((o, old, value) -> {
            if (value != null) {
                context.state().zone().set(value);
            }
        });
        dropZone.setOnDragOver(this::dragOver);
        dropZone.setOnDragDropped(this::dropped);
        chooseFiles.setOnAction(event -> chooseFiles());
        chooseFolder.setOnAction(event -> chooseFolder());
        addTyped.setOnAction(event -> addTypedPath());
        typedPath.setOnAction(event -> addTypedPath());
        cancel.setOnAction(event -> {
            if (cancellation != null) {
                cancellation.cancel();
            }
        });
        dayFirst.setOnAction(event -> answer(DateOrder.DMY));
        monthFirst.setOnAction(event -> answer(DateOrder.MDY));
        showRunning(false);
        showQuestion(null);
        refreshReady();
    }

    @Override
    public ObservableBooleanValue ready() {
        return hasChats;
    }

    @Override
    public void shown() {
        refreshReady();
    }

    /** Imports files and folders: what a drop, the choosers and the typed path all end in. */
    void importPaths(List<Path> paths) {
        if (paths.isEmpty() || !running.compareAndSet(false, true)) {
            return;
        }
        cancellation = new CancellationFlag();
        CancellationFlag flag = cancellation;
        ZoneId chosenZone = context.state().zone().get();
        showRunning(true);
        context.jobs().execute(() -> {
            try {
                importer.importAll(paths, chosenZone, monitor, flag, outcome -> Platform.runLater(() -> show(outcome)));
            } finally {
                Platform.runLater(this::finished);
            }
        });
    }

    private void answer(DateOrder order) {
        FileOutcome asked = question;
        if (asked == null || !running.compareAndSet(false, true)) {
            return;
        }
        showQuestion(null);
        cancellation = new CancellationFlag();
        CancellationFlag flag = cancellation;
        ZoneId chosenZone = context.state().zone().get();
        show(FileOutcome.reading(asked.path()));
        showRunning(true);
        context.jobs().execute(() -> {
            try {
                FileOutcome outcome = importer.importWithOrder(asked.source(), order, chosenZone, monitor, flag);
                Platform.runLater(() -> show(outcome));
            } finally {
                Platform.runLater(this::finished);
            }
        });
    }

    private void show(FileOutcome outcome) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).path().equals(outcome.path())) {
                outcomes.set(i, outcome);
                afterShow(outcome);
                return;
            }
        }
        outcomes.add(outcome);
        afterShow(outcome);
    }

    private void afterShow(FileOutcome outcome) {
        progressLabel.setText(texts.get("chats.progress", outcome.path().getFileName().toString()));
        if (outcome.status() == FileOutcome.Status.NEEDS_DATE_ORDER) {
            showQuestion(outcome);
        }
        if (outcome.status() == FileOutcome.Status.IMPORTED) {
            context.state().imports().set(context.state().imports().get() + 1);
            refreshReady();
        }
    }

    private void finished() {
        running.set(false);
        showRunning(false);
        refreshReady();
    }

    private void refreshReady() {
        hasChats.set(!context.state().workspace().conversations().isEmpty());
    }

    private void showRunning(boolean on) {
        progressBox.setVisible(on);
        progressBox.setManaged(on);
        chooseFiles.setDisable(on);
        chooseFolder.setDisable(on);
        addTyped.setDisable(on);
        if (on) {
            progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
            monitor.start();
        } else {
            monitor.stop();
        }
    }

    private void showProgress(long done, long total) {
        progress.setProgress(total > 0 ? Math.min(1.0, (double) done / total) : ProgressBar.INDETERMINATE_PROGRESS);
        progress.setAccessibleText(total > 0 ? texts.get("chats.progress.accessible", Math.round(100.0 * done / total))
                : texts.get("chats.status.reading"));
    }

    private void showQuestion(FileOutcome outcome) {
        question = outcome;
        boolean asking = outcome != null;
        questionBox.setVisible(asking);
        questionBox.setManaged(asking);
        if (!asking) {
            return;
        }
        LocalDateTime read = outcome.sampleDate();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale());
        questionLabel.setText(texts.get("chats.question", outcome.path().getFileName().toString()));
        dayFirst.setText(texts.get("chats.question.dayFirst", format.format(read)));
        LocalDateTime swapped = swapDayAndMonth(read);
        monthFirst.setText(texts.get("chats.question.monthFirst", swapped == null ? "?" : format.format(swapped)));
        dayFirst.setAccessibleText(dayFirst.getText());
        monthFirst.setAccessibleText(monthFirst.getText());
        dayFirst.requestFocus();
    }

    /** The other reading of an ambiguous date (both fields are 12 or less, so it exists). */
    private static LocalDateTime swapDayAndMonth(LocalDateTime time) {
        try {
            return time.withDayOfMonth(1).withMonth(time.getDayOfMonth()).withDayOfMonth(time.getMonthValue());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && !running.get()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean accepted = event.getDragboard().hasFiles();
        if (accepted) {
            importPaths(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(accepted);
        event.consume();
    }

    private void chooseFiles() {
        importPaths(context.dialogs().openFiles(dropZone.getScene().getWindow(), texts.get("chats.chooseFiles.title")));
    }

    private void chooseFolder() {
        context.dialogs().openFolder(dropZone.getScene().getWindow(), texts.get("chats.chooseFolder.title"))
                .ifPresent(folder -> importPaths(List.of(folder)));
    }

    private void addTypedPath() {
        String text = typedPath.getText() == null ? "" : typedPath.getText().strip();
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
            text = text.substring(1, text.length() - 1);
        }
        if (!text.isEmpty()) {
            Path path = Path.of(text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text);
            typedPath.clear();
            importPaths(List.of(Files.exists(path) ? path.toAbsolutePath() : path));
        }
    }
}
