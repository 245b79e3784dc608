package org.trasloco.app.wizard.people;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.TableColumns;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.importers.contacts.AddressCheck;
import org.trasloco.importers.contacts.CsvImport;
import org.trasloco.importers.contacts.CsvProblem;
import org.trasloco.importers.contacts.MappingCsv;
import org.trasloco.importers.contacts.People;
import org.trasloco.importers.contacts.Person;
import org.trasloco.importers.contacts.Roster;
import org.trasloco.importers.contacts.XmppAddresses;

/** Step 3: the people. */
public final class PeopleController implements StepController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final ObservableList<Person> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Roster> roster = new SimpleObjectProperty<>(this, "roster");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** Set while the detail shows the selection, so that showing a decision does not record it again. */
    private boolean showing;
    private final List<CheckBox> memberChecks = new ArrayList<>();
    private People people;
    private int loadedAtImports = -1;

    @FXML
    private Label meLabel;
    @FXML
    private ComboBox<Person> meChoice;
    @FXML
    private Button confirmMe;
    @FXML
    private TextField search;
    @FXML
    private Button loadVCard;
    @FXML
    private Button exportCsv;
    @FXML
    private Button importCsv;
    @FXML
    private TableView<Person> table;
    @FXML
    private TableColumn<Person, String> nameColumn;
    @FXML
    private TableColumn<Person, Long> messagesColumn;
    @FXML
    private TableColumn<Person, String> chatsColumn;
    @FXML
    private TableColumn<Person, String> decisionColumn;
    @FXML
    private VBox detail;
    @FXML
    private Label detailName;
    @FXML
    private Label detailInfo;
    @FXML
    private ToggleGroup decision;
    @FXML
    private RadioButton invite;
    @FXML
    private RadioButton known;
    @FXML
    private RadioButton skip;
    @FXML
    private RadioButton undecided;
    @FXML
    private TextField address;
    @FXML
    private Label addressProblem;
    @FXML
    private Button apply;
    @FXML
    private VBox members;
    @FXML
    private Button split;
    @FXML
    private Button merge;
    @FXML
    private Label summary;
    @FXML
    private Label status;
    @FXML
    private VBox problems;
    @FXML
    private ScrollPane detailScroll;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public PeopleController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        FocusFollowingScroll.install(detailScroll);
        FilteredList<Person> filtered = new FilteredList<>(rows);
        search.textProperty().addListener((o, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(person -> needle.isEmpty() || matches(person, needle));
        });
        table.setItems(filtered);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(texts.get("people.loading")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        messagesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().messages()));
        chatsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(String.join(", ", cell.getValue().conversations())));
        decisionColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(decisionText(cell.getValue())));
        double em = context.settings().textSize().pixels();
        nameColumn.setPrefWidth(14 * em);
        messagesColumn.setPrefWidth(7 * em);
        chatsColumn.setPrefWidth(14 * em);
        decisionColumn.setPrefWidth(13 * em);
        TableColumns.fitHeaders(table, em);
        meChoice.setCellFactory(list -> new PersonCell());
        meChoice.setButtonCell(new PersonCell());
        table.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<Person>) change -> showSelection());
        known.selectedProperty().addListener((o, old, on) -> {
            address.setDisable(!on);
            if (on && !showing) {
                address.requestFocus();
            }
        });
        address.setDisable(true);
        addressProblem.managedProperty().bind(addressProblem.textProperty().isNotEmpty());
        addressProblem.visibleProperty().bind(addressProblem.managedProperty());
        apply.disableProperty().bind(busy.or(address.disabledProperty()));
        decision.selectedToggleProperty().addListener((o, old, chosen) -> {
            if (!showing && chosen != null && chosen != known) {
                applyDecision();
            }
        });
        apply.setOnAction(event -> applyDecision());
        address.setOnAction(event -> applyDecision());
        confirmMe.setOnAction(event -> {
            Person chosen = meChoice.getValue();
            if (chosen != null) {
                change(() -> people.confirmMe(chosen));
            }
        });
        merge.setOnAction(event -> mergeSelected());
        split.setOnAction(event -> splitChecked());
        loadVCard.setOnAction(event -> loadPhoneBook());
        exportCsv.setOnAction(event -> exportList());
        importCsv.setOnAction(event -> importList());
        for (Button button : List.of(loadVCard, exportCsv, importCsv, confirmMe)) {
            button.disableProperty().bind(busy);
        }
        merge.disableProperty().bind(busy.or(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2)));
        showSelection();
    }

    @Override
    public ObservableBooleanValue ready() {
        return Bindings.createBooleanBinding(() -> roster.get() != null && roster.get().me().isPresent(), roster);
    }

    @Override
    public void shown() {
        int imports = context.state().imports().get();
        if (imports != loadedAtImports) {
            loadedAtImports = imports;
            change(() -> { });
        }
    }

    /** Runs a change on the job thread, then recomputes the people and shows them. */
    private void change(Runnable action) {
        run(() -> {
            action.run();
            return null;
        }, ignored -> { });
    }

    /** Runs work on the job thread, recomputes the people, then shows them and hands the result on. */
    private <T> void run(Callable<T> work, Consumer<T> after) {
        run(work, true, after);
    }

    /** The same; {@code changesPeople} false for work that only reads them (no recomputing then). */
    private <T> void run(Callable<T> work, boolean changesPeople, Consumer<T> after) {
        busy.set(true);
        problems.getChildren().clear();
        status.setText("");
        Tasks.create(() -> {
            if (people == null) {
                people = People.open(context.state().workspace(), null, texts.locale());
            }
            T result = work.call();
            return new Done<>(result, changesPeople ? people.refresh() : null);
        }).onSuccess(done -> {
            if (done.fresh() != null) {
                show(done.fresh());
            }
            after.accept(done.result());
        }).onError(Exception.class, error -> problems.getChildren().setAll(new ErrorView(error, texts)))
                .andFinally(() -> busy.set(false))
                .runOnce(context.jobs());
    }

    /** What a piece of work returned, and the people recomputed after it (or {@code null}). */
    private record Done<T>(T result, Roster fresh) {
    }

    private void show(Roster fresh) {
        Set<Long> selected = table.getSelectionModel().getSelectedItems().stream().map(p -> p.contact().id())
                .collect(Collectors.toSet());
        roster.set(fresh);
        rows.setAll(fresh.people());
        table.setPlaceholder(new Label(texts.get("people.none")));
        // One selection change for all rows, not one (and one detail pane rebuilt) per row.
        int[] again = IntStream.range(0, table.getItems().size())
                .filter(row -> selected.contains(table.getItems().get(row).contact().id())).toArray();
        if (again.length > 0) {
            table.getSelectionModel().selectIndices(again[0], Arrays.copyOfRange(again, 1, again.length));
        }
        showMe(fresh);
        summary.setText(summaryText(fresh));
        List<String> notes = new ArrayList<>();
        fresh.notes().forEach(note -> notes.add(texts.get(note)));
        fresh.ambiguousNames().forEach(name -> notes.add(texts.get("people.ambiguous", name)));
        if (!notes.isEmpty()) {
            status.setText(String.join("\n", notes));
        }
        showSelection();
    }

    private void showMe(Roster fresh) {
        List<Person> choices = new ArrayList<>(fresh.meCandidates());
        fresh.people().stream().filter(person -> !fresh.meCandidates().contains(person)).forEach(choices::add);
        meChoice.getItems().setAll(choices);
        fresh.me().ifPresentOrElse(me -> {
            meLabel.setText(texts.get("people.me." + fresh.meBasis().name(), me.name()));
            meChoice.setValue(me);
        }, () -> {
            meLabel.setText(texts.get("people.me.unknown"));
            // The likeliest first and already chosen: most users only need to confirm.
            meChoice.setValue(choices.isEmpty() ? null : choices.get(0));
        });
    }

    private void showSelection() {
        showing = true;
        try {
            showSelectionDetail();
        } finally {
            showing = false;
        }
    }

    private void showSelectionDetail() {
        List<Person> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        detail.setDisable(selected.isEmpty());
        members.getChildren().clear();
        memberChecks.clear();
        addressProblem.setText("");
        if (selected.isEmpty()) {
            detailName.setText(texts.get("people.detail.none"));
            detailInfo.setText("");
            decision.selectToggle(null);
            split.setDisable(true);
            return;
        }
        Person first = selected.get(0);
        detailName.setText(selected.size() == 1 ? first.name() : texts.get("people.detail.several", selected.size()));
        detailInfo.setText(selected.size() == 1 ? info(first) : "");
        Decision chosen = first.contact().decision();
        decision.selectToggle(switch (chosen) {
            case INVITE -> invite;
            case KNOWN -> known;
            case SKIP -> skip;
            default -> chosen == Decision.ME ? null : undecided;
        });
        address.setText(first.contact().xmppAddress() == null ? "" : first.contact().xmppAddress());
        if (selected.size() == 1 && first.members().size() > 1) {
            for (ChatParticipant member : first.members()) {
                CheckBox check = new CheckBox(texts.get("people.member", member.participant().name(),
                        member.conversationTitle()));
                check.setUserData(member.key());
                check.setAccessibleText(texts.get("people.member.accessible", member.participant().name(),
                        member.conversationTitle()));
                memberChecks.add(check);
                members.getChildren().add(check);
            }
        }
        split.setDisable(memberChecks.isEmpty());
    }

    private void applyDecision() {
        List<Person> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.isEmpty() || decision.getSelectedToggle() == null) {
            return;
        }
        Decision chosen = decision.getSelectedToggle() == invite ? Decision.INVITE
                : decision.getSelectedToggle() == known ? Decision.KNOWN
                : decision.getSelectedToggle() == skip ? Decision.SKIP : Decision.UNDECIDED;
        String checkedAddress = null;
        if (chosen == Decision.KNOWN) {
            AddressCheck check = XmppAddresses.check(address.getText());
            if (!check.ok()) {
                addressProblem.setText(texts.get(check.problem()));
                address.requestFocus();
                return;
            }
            checkedAddress = check.address();
        }
        String finalAddress = checkedAddress;
        List<ContactDecision> decisions = selected.stream()
                .map(person -> new ContactDecision(person.contact().id(), chosen, finalAddress)).toList();
        int count = decisions.size();
        run(() -> {
            people.decide(decisions);
            return null;
        }, ignored -> status.setText(texts.get("people.applied", count)));
    }

    private void mergeSelected() {
        List<Person> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.size() == 2) {
            run(() -> {
                people.merge(selected.get(0), selected.get(1));
                return null;
            }, ignored -> status.setText(texts.get("people.merged", selected.get(0).name(), selected.get(1).name())));
        }
    }

    private void splitChecked() {
        Person person = table.getSelectionModel().getSelectedItem();
        List<ParticipantKey> apart = memberChecks.stream().filter(CheckBox::isSelected)
                .map(check -> (ParticipantKey) check.getUserData()).toList();
        if (person != null && !apart.isEmpty()) {
            run(() -> people.split(person, apart),
                    done -> status.setText(done ? texts.get("people.split.done", person.name())
                            : texts.get("people.split.nothing", person.name())));
        }
    }

    private void loadPhoneBook() {
        context.dialogs().openFile(table.getScene().getWindow(), texts.get("people.vcard.title"),
                texts.get("people.vcard.files"), "*.vcf", "*.vcard")
                .ifPresent(file -> run(() -> people.loadVCard(file),
                        load -> status.setText(texts.get("people.vcard.loaded", file.getFileName().toString(),
                                load.read(), load.kept()))));
    }

    private void exportList() {
        Roster current = roster.get();
        if (current == null) {
            return;
        }
        context.dialogs().saveFile(table.getScene().getWindow(), texts.get("people.export.title"),
                texts.get("people.export.name")).ifPresent(file -> run(() -> {
                    MappingCsv.write(current, file, texts.locale());
                    return file;
                }, false, written -> status.setText(texts.get("people.export.done", written.getFileName().toString(),
                        current.people().size()))));
    }

    private void importList() {
        Roster current = roster.get();
        if (current == null) {
            return;
        }
        context.dialogs().openFile(table.getScene().getWindow(), texts.get("people.import.title"),
                texts.get("people.import.files"), "*.csv").ifPresent(file -> run(() -> {
                    CsvImport read = MappingCsv.read(file, current);
                    if (read.ok()) {
                        people.decide(read.decisions());
                    }
                    return read;
                }, read -> showImport(file, read)));
    }

    private void showImport(Path file, CsvImport read) {
        if (read.ok()) {
            status.setText(texts.get("people.import.done", file.getFileName().toString(), read.decisions().size()));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("people.import.refused", file.getFileName().toString(), read.problems().size()));
        for (CsvProblem problem : read.problems()) {
            lines.add(texts.get("people.import.problem", problem.line(), texts.get(problem.reason())));
        }
        Label text = new Label(String.join("\n", lines));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("error-message");
        text.setAccessibleText(text.getText());
        problems.getChildren().setAll(text);
    }

    private String info(Person person) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("people.detail.messages", person.messages(), String.join(", ", person.conversations())));
        if (!person.contact().aliases().isEmpty()) {
            parts.add(texts.get("people.detail.aliases", String.join(", ", person.contact().aliases())));
        }
        if (!person.contact().phones().isEmpty()) {
            parts.add(texts.get("people.detail.phones", String.join(", ", person.contact().phones())));
        }
        return String.join("\n", parts);
    }

    private String decisionText(Person person) {
        Decision chosen = person.contact().decision();
        return chosen == Decision.KNOWN ? texts.get("people.decision.KNOWN", person.contact().xmppAddress())
                : texts.get("people.decision." + chosen.name());
    }

    private String summaryText(Roster fresh) {
        long[] counts = new long[Decision.values().length];
        fresh.people().forEach(person -> counts[person.contact().decision().ordinal()]++);
        return texts.get("people.summary", fresh.people().size(), counts[Decision.INVITE.ordinal()],
                counts[Decision.KNOWN.ordinal()], counts[Decision.SKIP.ordinal()], counts[Decision.UNDECIDED.ordinal()]);
    }

    private static boolean matches(Person person, String needle) {
        if (person.name().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        return person.contact().aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).contains(needle))
                || person.contact().phones().stream().anyMatch(phone -> phone.contains(needle));
    }

    /** A person in the "which one is you?" list. */
    private final class PersonCell extends ListCell<Person> {
        @Override
        protected void updateItem(Person person, boolean empty) {
            super.updateItem(person, empty);
            setText(empty || person == null ? null : texts.get("people.me.option", person.name(), person.messages(),
                    person.conversations().size()));
        }
    }
}
