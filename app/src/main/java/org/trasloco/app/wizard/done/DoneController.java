package org.trasloco.app.wizard.done;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.FxImages;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.apps.AppChoice;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.invites.apps.Platform;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.choices.WorkshopChoices;
import org.trasloco.move.summary.MoveSummary;
import org.trasloco.move.summary.WorkshopSummary;

/** The last step: what was done, what to do next, where the move is kept. */
public final class DoneController implements StepController {

    private static final List<Platform> PHONES = List.of(Platform.ANDROID, Platform.IPHONE);

    private final WizardContext context;
    private final WizardTexts texts;

    @FXML
    private ScrollPane scroll;
    @FXML
    private Label title;
    @FXML
    private VBox problems;
    @FXML
    private VBox addressBox;
    @FXML
    private Label addressLabel;
    @FXML
    private Label address;
    @FXML
    private Label movedTitle;
    @FXML
    private VBox moved;
    @FXML
    private Label next;
    @FXML
    private FlowPane stores;
    @FXML
    private Label login;
    @FXML
    private VBox copies;
    @FXML
    private Label keptTitle;
    @FXML
    private Label kept;
    @FXML
    private TextField workspacePath;
    @FXML
    private Button copyPath;
    @FXML
    private Label commandHelp;
    @FXML
    private TextField command;
    @FXML
    private Button copyCommand;
    @FXML
    private Label copied;
    @FXML
    private Button startAnother;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public DoneController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        FocusFollowingScroll.install(scroll);
        copyPath.setOnAction(event -> copy(workspacePath.getText()));
        copyCommand.setOnAction(event -> copy(command.getText()));
        startAnother.setOnAction(event -> context.startNewMove());
        showStores();
    }

    @Override
    public ObservableBooleanValue ready() {
        return new SimpleBooleanProperty(true);
    }

    @Override
    public void shown() {
        boolean workshop = context.state().journeyOrMe() == Journey.WORKSHOP;
        MoveChoices choices = context.state().choices();
        Tasks.create(() -> workshop ? WorkshopSummary.of(WorkshopChoices.of(choices.workspace()))
                : MoveSummary.of(choices))
                .onSuccess(summary -> {
                    if (summary instanceof WorkshopSummary prepared) {
                        showWorkshop(prepared);
                    } else {
                        showMove((MoveSummary) summary, choices);
                    }
                })
                .onError(Exception.class, error -> problems.getChildren().setAll(new ErrorView(error, texts)))
                .runOnce(context.jobs());
    }

    private void showMove(MoveSummary summary, MoveChoices choices) {
        title.setText(texts.get("done.title"));
        movedTitle.setText(texts.get("done.moved.title"));
        addressLabel.setText(texts.get("done.address"));
        String newAddress = summary.address().map(Object::toString).orElse(null);
        address.setText(newAddress != null ? newAddress : texts.get("done.address.none"));
        List<String> lines = List.of(
                summary.verified().map(verified -> verified.complete()
                        ? texts.get("done.moved.messages", verified.confirmed(), verified.expected())
                        : texts.get("done.moved.messages.incomplete", verified.confirmed(), verified.expected(),
                                verified.expected() - verified.confirmed()))
                        .orElse(texts.get("done.moved.noHistory")),
                summary.invited() == 0 ? texts.get("done.moved.nobody")
                        : texts.get("done.moved.people", summary.invited(), summary.sent()),
                summary.kit().map(kit -> texts.get("done.moved.kit", kit.toString()))
                        .orElse(texts.get("done.moved.noKit")));
        showLines(lines);
        next.setText(texts.get("done.next"));
        login.setText(newAddress != null ? texts.get("done.login", newAddress) : "");
        keptTitle.setText(texts.get("done.kept.title"));
        kept.setText(texts.get("done.kept"));
        workspacePath.setText(summary.workspace().toString());
        commandHelp.setText(texts.get("done.command.move"));
        command.setText(CommandLines.upload(summary.workspace(), choices.account().orElse(null)));
        addressBox.setAccessibleText(texts.get("done.address.accessible", address.getText()));
        show(login, newAddress != null);
        show(addressBox, true);
        show(copies, true);
    }

    private void showWorkshop(WorkshopSummary summary) {
        title.setText(texts.get("done.workshop.title"));
        movedTitle.setText(texts.get("done.workshop.prepared"));
        String server = summary.server().orElse("?");
        showLines(List.of(
                summary.participants().map(file -> texts.get("done.workshop.participants", file.toString(), server))
                        .orElse(texts.get("done.workshop.noParticipants")),
                summary.invitations() == 0 ? texts.get("done.workshop.noInvitations", server)
                        : texts.get("done.workshop.invitations", summary.invitations(), server),
                summary.kits().map(kits -> summary.kitsEach() ? texts.get("done.workshop.kitsEach", kits.toString())
                        : texts.get("done.workshop.kits", kits.toString())).orElse(texts.get("done.workshop.noKits"))));
        next.setText(texts.get("done.workshop.next"));
        keptTitle.setText(texts.get("done.workshop.keptTitle"));
        kept.setText(texts.get("done.workshop.kept"));
        workspacePath.setText(summary.workspace().toString());
        commandHelp.setText(texts.get("done.command.workshop"));
        command.setText(CommandLines.workshop(summary));
        show(login, false);
        show(addressBox, false);
        show(copies, false);
    }

    private void showLines(List<String> lines) {
        moved.getChildren().setAll(lines.stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add("done-line");
            return label;
        }).toList());
    }

    /** The store codes of the best app for Android and for iPhone, to scan with the phone's camera. */
    private void showStores() {
        AppsCatalogue apps = AppsCatalogue.bundled();
        for (Platform platform : PHONES) {
            List<AppChoice> choices = apps.forPlatform(platform);
            if (choices.isEmpty()) {
                continue;
            }
            AppChoice best = choices.get(0);
            String platformName = texts.get(LocalizedText.of(platform.label()));
            String storeName = texts.get(LocalizedText.of(best.primary().store().label()));
            ImageView code = new ImageView(FxImages.qrCode(best.primary().url()));
            code.setPreserveRatio(true);
            code.setSmooth(false);
            code.fitWidthProperty().bind(copied.fontProperty().map(font -> font.getSize() * 9));
            code.setAccessibleText(texts.get("done.store.accessible", best.app().name(), platformName, storeName));
            Label caption = new Label(texts.get("done.store", platformName, best.app().name(), storeName));
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            caption.setMaxWidth(Region.USE_PREF_SIZE);
            caption.prefWidthProperty().bind(code.fitWidthProperty().map(width -> width.doubleValue() * 1.3));
            VBox store = new VBox(6, code, caption);
            store.getStyleClass().add("store");
            stores.getChildren().add(store);
        }
    }

    private void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText(texts.get("done.copied"));
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
