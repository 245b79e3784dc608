package org.trasloco.app.wizard.review;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.TableColumns;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.ConversationSummary;

/** Step 2: the conversations found, with counts, dates and people; which of them move. */
public final class ReviewController implements StepController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final ObservableList<ConversationRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.selected()});
    private final SimpleIntegerProperty selectedCount = new SimpleIntegerProperty(this, "selectedCount");
    private int loadedAtImports = -1;

    @FXML
    private TableView<ConversationRow> table;
    @FXML
    private TableColumn<ConversationRow, Boolean> moveColumn;
    @FXML
    private TableColumn<ConversationRow, String> titleColumn;
    @FXML
    private TableColumn<ConversationRow, String> sourceColumn;
    @FXML
    private TableColumn<ConversationRow, Long> messagesColumn;
    @FXML
    private TableColumn<ConversationRow, String> periodColumn;
    @FXML
    private TableColumn<ConversationRow, Integer> peopleColumn;
    @FXML
    private TextField search;
    @FXML
    private Button selectAll;
    @FXML
    private Button selectNone;
    @FXML
    private Label summary;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public ReviewController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        FilteredList<ConversationRow> filtered = new FilteredList<>(rows);
        search.textProperty().addListener((o, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(row -> needle.isEmpty()
                    || row.summary().title().toLowerCase(Locale.ROOT).contains(needle));
        });
        table.setItems(filtered);
        table.setEditable(true);
        table.setPlaceholder(new Label(texts.get("review.empty")));
        moveColumn.setCellValueFactory(cell -> cell.getValue().selected());
        moveColumn.setCellFactory(CheckBoxTableCell.forTableColumn(moveColumn));
        moveColumn.setEditable(true);
        titleColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().summary().title()));
        sourceColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(source(cell.getValue().summary())));
        messagesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().summary().messages()));
        periodColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(period(cell.getValue().summary())));
        peopleColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().summary().participants()));
        sizeColumnsInEm();
        selectAll.setOnAction(event -> filtered.forEach(row -> row.selected().set(true)));
        selectNone.setOnAction(event -> filtered.forEach(row -> row.selected().set(false)));
        selectedCount.bind(Bindings.createIntegerBinding(
                () -> (int) rows.stream().filter(row -> row.selected().get()).count(), rows));
        summary.textProperty().bind(Bindings.createStringBinding(this::summaryText, rows));
    }

    /**
     * Column widths follow the text size and the language: headers and the periods are never cut off
     * (the table scrolls sideways when the window is too narrow).
     */
    private void sizeColumnsInEm() {
        double em = context.settings().textSize().pixels();
        moveColumn.setPrefWidth(4 * em);
        titleColumn.setPrefWidth(12 * em);
        messagesColumn.setPrefWidth(5 * em);
        peopleColumn.setPrefWidth(5 * em);
        TableColumns.fitHeaders(table, em);
        LocalDateTime longest = LocalDateTime.of(2028, 12, 28, 0, 0);
        TableColumns.fitTexts(periodColumn, em, texts.get("review.period", date(longest), date(longest)));
        TableColumns.fitTexts(sourceColumn, em, java.util.Arrays.stream(Network.values())
                .flatMap(network -> java.util.Arrays.stream(ConversationKind.values()).map(kind -> texts.get(
                        "review.source", texts.get("network." + network.id()), texts.get("kind." + kind.id()))))
                .toArray(String[]::new));
    }

    @Override
    public ObservableBooleanValue ready() {
        return selectedCount.greaterThan(0);
    }

    @Override
    public void shown() {
        int imports = context.state().imports().get();
        if (imports == loadedAtImports) {
            return;
        }
        loadedAtImports = imports;
        table.setPlaceholder(new Label(texts.get("review.loading")));
        Tasks.create(() -> context.state().workspace().conversations()).onSuccess(this::show)
                .onError(Exception.class, error -> table.setPlaceholder(new ErrorView(error, texts)))
                .runOnce(context.jobs());
    }

    private void show(List<ConversationSummary> conversations) {
        List<ConversationRow> loaded = conversations.stream().map(summary -> {
            ConversationRow row = new ConversationRow(summary, false);
            row.selected().set(!context.state().excludedConversations().contains(row.key()));
            row.selected().addListener((o, old, on) -> {
                if (on) {
                    context.state().excludedConversations().remove(row.key());
                } else {
                    context.state().excludedConversations().add(row.key());
                }
            });
            return row;
        }).toList();
        rows.setAll(loaded);
        table.setPlaceholder(new Label(texts.get("review.empty")));
    }

    private String summaryText() {
        long chosen = 0;
        long messages = 0;
        for (ConversationRow row : rows) {
            if (row.selected().get()) {
                chosen++;
                messages += row.summary().messages();
            }
        }
        return texts.get("review.summary", chosen, rows.size(), messages);
    }

    private String source(ConversationSummary summary) {
        return texts.get("review.source", texts.get("network." + summary.network().id()),
                texts.get("kind." + summary.kind().id()));
    }

    private String period(ConversationSummary summary) {
        if (summary.first() == null) {
            return "";
        }
        return texts.get("review.period", date(summary.first()), date(summary.last()));
    }

    private String date(LocalDateTime time) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale()).format(time);
    }
}
