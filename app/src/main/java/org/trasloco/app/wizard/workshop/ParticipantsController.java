package org.trasloco.app.wizard.workshop;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.move.choices.WorkshopChoices;

/** Workshop step: the participants list and the server; everyone's address. */
public final class ParticipantsController implements StepController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final WorkshopChoices choices;
    private final ObservableList<PlannedParticipant> planned = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private Path chosenFile;

    @FXML
    private ScrollPane scroll;
    @FXML
    private Button chooseFile;
    @FXML
    private Label file;
    @FXML
    private Label serverLabel;
    @FXML
    private TextField server;
    @FXML
    private Button showPlan;
    @FXML
    private VBox problems;
    @FXML
    private TableView<PlannedParticipant> table;
    @FXML
    private Label summary;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public ParticipantsController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
        this.choices = WorkshopChoices.of(context.state().workspace());
    }

    @FXML
    private void initialize() {
        FocusFollowingScroll.install(scroll);
        serverLabel.setLabelFor(server);
        PlanTable.setUp(table, texts, false);
        table.setItems(planned);
        chooseFile.disableProperty().bind(busy);
        showPlan.disableProperty().bind(busy.or(server.textProperty().isEmpty()));
        chooseFile.setOnAction(event -> context.dialogs().openFile(table.getScene().getWindow(),
                texts.get("participants.choose.title"), texts.get("participants.files"), "*.csv", "*.txt")
                .ifPresent(chosen -> {
                    chosenFile = chosen;
                    file.setText(chosen.toString());
                    plan();
                }));
        server.setOnAction(event -> plan());
        showPlan.setOnAction(event -> plan());
        choices.participants().ifPresent(saved -> {
            chosenFile = saved;
            file.setText(saved.toString());
        });
        choices.server().ifPresent(server::setText);
        if (chosenFile == null) {
            file.setText(texts.get("participants.none"));
        }
    }

    @Override
    public ObservableBooleanValue ready() {
        return Bindings.isNotEmpty(planned).and(busy.not());
    }

    @Override
    public void shown() {
        if (chosenFile != null && !server.getText().isBlank()) {
            plan();
        }
    }

    private void plan() {
        String domain = server.getText().strip();
        Path list = chosenFile;
        if (list == null || domain.isEmpty()) {
            return;
        }
        busy.set(true);
        problems.getChildren().clear();
        Tasks.create(() -> {
            WorkshopPlan plan = WorkshopPlan.plan(choices, list, domain, texts.locale());
            choices.participants(list);
            choices.server(plan.kits().server());
            return plan;
        }).onSuccess(plan -> {
            planned.setAll(plan.participantsPlanned());
            server.setText(plan.kits().server());
            summary.setText(summaryText(plan.participantsPlanned()));
        }).onError(Exception.class, error -> {
            planned.clear();
            summary.setText("");
            problems.getChildren().setAll(new ErrorView(error, texts));
        }).andFinally(() -> busy.set(false)).runOnce(context.jobs());
    }

    private String summaryText(List<PlannedParticipant> plan) {
        long suggested = plan.stream().filter(PlannedParticipant::suggested).count();
        return texts.get("participants.summary", plan.size(), suggested);
    }
}
