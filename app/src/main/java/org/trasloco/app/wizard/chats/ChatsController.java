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
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.ProgressMonitor;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.progress.CancellationFlag;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.time.DateOrder;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.move.chats.ChatImport;
import org.trasloco.move.chats.ImportListener;
import org.trasloco.move.chats.ImportOutcome;

/** Step 1: bring your chats. */
public final class ChatsController implements StepController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty hasChats = new SimpleBooleanProperty(this, "hasChats");
    private final AtomicBoolean running = new AtomicBoolean();
    private ChatImport importer;
    private CancellationFlag cancellation;
    private ProgressMonitor monitor;
    private FileRow question;

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
    private ListView<FileRow> outcomeList;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressLabel;
    @FXML
    private Button cancel;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox questionBox;
    @FXML
    private Label questionLabel;
    @FXML
    private Label questionHelp;
    @FXML
    private Button dayFirst;
    @FXML
    private Button monthFirst;
    @FXML
    private Button keepPart;

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
        FocusFollowingScroll.install(scroll);
        importer = new ChatImport(context.state().workspace(), ExportDetector.standard());
        monitor = new ProgressMonitor(this::showProgress);
        outcomeList.setItems(rows);
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
        dayFirst.setOnAction(event -> answer(settings -> settings.withDateOrder(DateOrder.DMY)));
        monthFirst.setOnAction(event -> answer(settings -> settings.withDateOrder(DateOrder.MDY)));
        keepPart.setOnAction(event -> answer(settings -> settings.withAcceptPartial(true)));
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
        ChatImport.Settings settings = ChatImport.Settings.of(context.state().zone().get(), texts.locale());
        start(flag -> importer.importAll(paths, settings, new Shown(), flag));
    }

    /** Reads the export asked about again, with the user's answer. */
    private void answer(UnaryOperator<ChatImport.Settings> answered) {
        FileRow asked = question;
        if (asked == null || !running.compareAndSet(false, true)) {
            return;
        }
        showQuestion(null);
        ChatImport.Settings settings = answered.apply(ChatImport.Settings.of(context.state().zone().get(), texts.locale()));
        Shown shown = new Shown();
        start(flag -> shown.finished(importer.importOne(asked.outcome().source(), settings, shown, flag)));
    }

    private void start(Consumer<CancellationFlag> work) {
        cancellation = new CancellationFlag();
        CancellationFlag flag = cancellation;
        showRunning(true);
        Tasks.create(() -> work.accept(flag)).andFinally(this::finished).runOnce(context.jobs());
    }

    /** Shows each export as it starts and ends. */
    private final class Shown implements ImportListener {
        @Override
        public ProgressListener started(ExportDetector.Source source) {
            Platform.runLater(() -> show(FileRow.reading(source.path())));
            return monitor;
        }

        @Override
        public void finished(ImportOutcome outcome) {
            Platform.runLater(() -> show(FileRow.of(outcome)));
        }
    }

    private void show(FileRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).path().equals(row.path())) {
                rows.set(i, row);
                afterShow(row);
                return;
            }
        }
        rows.add(row);
        afterShow(row);
    }

    private void afterShow(FileRow row) {
        progressLabel.setText(texts.get("chats.progress", row.path().getFileName().toString()));
        if (row.asks()) {
            showQuestion(row);
        }
        if (row.outcome() instanceof ImportOutcome.Imported) {
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

    private void showQuestion(FileRow row) {
        question = row;
        boolean asking = row != null;
        questionBox.setVisible(asking);
        questionBox.setManaged(asking);
        if (!asking) {
            return;
        }
        String file = row.path().getFileName().toString();
        boolean dates = row.outcome() instanceof ImportOutcome.NeedsDateOrder;
        for (Button button : List.of(dayFirst, monthFirst)) {
            button.setVisible(dates);
            button.setManaged(dates);
        }
        keepPart.setVisible(!dates);
        keepPart.setManaged(!dates);
        if (row.outcome() instanceof ImportOutcome.CutOff cut) {
            questionLabel.setText(texts.get("chats.cutOff", file, cut.messagesBeforeCut()));
            questionHelp.setText(texts.get("chats.cutOff.help"));
            keepPart.setText(texts.get("chats.cutOff.keep", cut.messagesBeforeCut()));
            keepPart.setAccessibleText(keepPart.getText());
            keepPart.requestFocus();
            revealQuestion();
            return;
        }
        LocalDateTime read = ((ImportOutcome.NeedsDateOrder) row.outcome()).sample();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale());
        questionLabel.setText(texts.get("chats.question", file));
        questionHelp.setText(texts.get("chats.question.help"));
        dayFirst.setText(texts.get("chats.question.dayFirst", format.format(read)));
        LocalDateTime swapped = swapDayAndMonth(read);
        monthFirst.setText(texts.get("chats.question.monthFirst", swapped == null ? "?" : format.format(swapped)));
        dayFirst.setAccessibleText(dayFirst.getText());
        monthFirst.setAccessibleText(monthFirst.getText());
        dayFirst.requestFocus();
        revealQuestion();
    }

    /** Scrolls the question into view once it has its size: in large print it opens below the fold. */
    private void revealQuestion() {
        FocusFollowingScroll.revealLater(questionBox);
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
