package org.trasloco.app.wizard.workshop;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.Overlay;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.app.wizard.printout.KitOptions;
import org.trasloco.app.wizard.printout.PagePreview;
import org.trasloco.app.wizard.printout.PagesView;
import org.trasloco.app.wizard.printout.Printouts;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.move.choices.WorkshopChoices;

/** Workshop step: one kit per participant after the facilitator sheet; saved into one PDF or one file each, printed. */
public final class WorkshopKitsController implements StepController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final WorkshopChoices choices;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty hasPlan = new SimpleBooleanProperty(this, "hasPlan");
    private PagePreview preview;
    private WorkshopPlan plan;

    @FXML
    private StackPane root;
    @FXML
    private ScrollPane scroll;
    @FXML
    private Label status;
    @FXML
    private VBox problems;
    @FXML
    private KitOptions optionsController;
    @FXML
    private Label previewStatus;
    @FXML
    private PagesView pages;
    @FXML
    private ToggleGroup output;
    @FXML
    private RadioButton oneFile;
    @FXML
    private RadioButton eachFile;
    @FXML
    private Button save;
    @FXML
    private Button print;
    @FXML
    private Label kitStatus;
    @FXML
    private VBox kitProblems;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public WorkshopKitsController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
        this.choices = WorkshopChoices.of(context.state().workspace());
    }

    @FXML
    private void initialize() {
        FocusFollowingScroll.install(scroll);
        Overlay overlay = new Overlay(scroll, texts);
        root.getChildren().add(overlay);
        optionsController.languageIsFor(texts.get("kits.language"), texts.get("kits.language.accessible"));
        optionsController.select(KitOptions.localPaper(), texts.locale(), PrintSize.NORMAL);
        optionsController.onChange(this::drawPreview);
        preview = new PagePreview(context, pages, previewStatus, kitProblems, overlay);
        output.selectToggle(choices.kitsEach() ? eachFile : oneFile);
        print.setVisible(context.services().printing().available());
        print.setManaged(print.isVisible());
        save.disableProperty().bind(busy.or(hasPlan.not()));
        print.disableProperty().bind(save.disableProperty());
        save.setOnAction(event -> saveKits());
        print.setOnAction(event -> printKits());
        choices.kits().ifPresent(saved -> kitStatus.setText(texts.get("kits.savedBefore", saved.toString())));
    }

    @Override
    public ObservableBooleanValue ready() {
        return busy.not();
    }

    @Override
    public void shown() {
        WorkshopPlan.load(context, choices, busy, problems, this::show);
    }

    private void show(Optional<WorkshopPlan> read) {
        plan = read.filter(p -> !p.participantsPlanned().isEmpty()).orElse(null);
        hasPlan.set(plan != null);
        problems.getChildren().clear();
        status.setText(plan == null ? texts.get("kits.noPlan")
                : texts.get("kits.status", plan.participantsPlanned().size(), plan.kits().server(), plan.invited()));
        drawPreview();
    }

    private void drawPreview() {
        if (plan == null) {
            pages.clear();
            return;
        }
        WorkshopPlan drawn = plan;
        KitOptions.Chosen chosen = optionsController.chosen();
        preview.draw(() -> drawn.kits().preview(drawn.participantsPlanned(), chosen.paper(), chosen.size(),
                chosen.language(), PagePreview.DOTS_PER_INCH));
    }

    private void saveKits() {
        boolean each = output.getSelectedToggle() == eachFile;
        Optional<Path> target = each
                ? context.dialogs().openFolder(root.getScene().getWindow(), texts.get("kits.folder.title"))
                : context.dialogs().saveFile(root.getScene().getWindow(), texts.get("kits.save.title"),
                        texts.get("kits.fileName"));
        target.ifPresent(where -> {
            WorkshopPlan saved = plan;
            List<PlannedParticipant> everyone = saved.participantsPlanned();
            KitOptions.Chosen chosen = optionsController.chosen();
            busy.set(true);
            kitProblems.getChildren().clear();
            Tasks.create(() -> {
                int pagesOrFiles = each
                        ? saved.kits().writeEach(everyone, chosen.paper(), chosen.size(), chosen.language(), where).size()
                        : saved.kits().writeAll(everyone, chosen.paper(), chosen.size(), chosen.language(), where).pages();
                choices.kits(where, each);
                return pagesOrFiles;
            }).onSuccess(count -> kitStatus.setText(each ? texts.get("kits.savedEach", where.toString(), count)
                    : texts.get("kits.saved", where.toString(), everyone.size(), count)))
                    .onError(Exception.class, error -> kitProblems.getChildren().setAll(new ErrorView(error, texts)))
                    .andFinally(() -> busy.set(false))
                    .runOnce(context.jobs());
        });
    }

    private void printKits() {
        WorkshopPlan printed = plan;
        KitOptions.Chosen chosen = optionsController.chosen();
        Printouts.print(context, root.getScene().getWindow(), texts.get("kits.print.job", printed.kits().server()),
                () -> printed.kits().pdf(printed.participantsPlanned(), chosen.paper(), chosen.size(), chosen.language()),
                kitStatus, kitProblems, busy);
    }
}
