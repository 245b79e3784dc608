package org.trasloco.app.wizard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.choices.Journey;

/** The window around the steps: the step list, the current step, Back and Next, the text size. */
public final class ShellController {

    private final WizardContext context;
    private final Map<WizardStep, Loaded> loaded = new EnumMap<>(WizardStep.class);

    @FXML
    private VBox stepList;
    @FXML
    private StackPane content;
    @FXML
    private Button back;
    @FXML
    private Button next;
    @FXML
    private ComboBox<TextSize> textSize;
    @FXML
    private Label textSizeLabel;
    @FXML
    private Label tagline;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public ShellController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        WizardTexts texts = context.texts();
        textSizeLabel.setLabelFor(textSize);
        textSize.getItems().setAll(TextSize.values());
        textSize.setCellFactory(list -> new TextSizeCell(texts));
        textSize.setButtonCell(new TextSizeCell(texts));
        textSize.setValue(context.settings().textSize());
        textSize.valueProperty().addListener((o, old, size) -> {
            context.settings().textSize(size);
            if (content.getScene() != null) {
                content.getScene().getRoot().setStyle(size.rootStyle());
            }
        });
        content.addEventFilter(KeyEvent.KEY_PRESSED, this::enterMeansNext);
        // In a narrow window with large text the tagline would push the name and the text size out.
        tagline.managedProperty().bind(tagline.visibleProperty());
        tagline.parentProperty().addListener((o, old, header) -> {
            if (header instanceof Region region) {
                region.widthProperty().addListener((w, before, width) ->
                        tagline.setVisible(width.doubleValue() > 62 * tagline.getFont().getSize()));
            }
        });
        back.setOnAction(event -> go(current().previous(journey())));
        next.setOnAction(event -> go(current().next(journey())));
        show(context.state().step().get());
    }

    /** Loads a step's view once per language, with its controller built from the context. */
    static Loaded load(WizardStep step, WizardContext context) {
        return load(step.view(), context);
    }

    static Loaded load(String view, WizardContext context) {
        FXMLLoader loader = new FXMLLoader(ShellController.class.getResource(view), context.texts().bundle());
        loader.setControllerFactory(type -> {
            try {
                return type.getConstructor(WizardContext.class).newInstance(context);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("controller " + type + " needs a (WizardContext) constructor", e);
            }
        });
        try {
            Parent root = loader.load();
            return new Loaded(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("view " + view + " is part of the build", e);
        }
    }

    /**
     * A radio button or check box keeps Enter for itself, so the default button never sees it. On such
     * choices Enter means "done here, go on", as on every other control without its own use of Enter.
     */
    private void enterMeansNext(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || next.isDisabled() || !next.isVisible()) {
            return;
        }
        Node focused = content.getScene() == null ? null : content.getScene().getFocusOwner();
        if (focused instanceof RadioButton || focused instanceof CheckBox) {
            event.consume();
            next.fire();
        }
    }

    private void go(WizardStep step) {
        if (step != null) {
            context.state().step().set(step);
            show(step);
        }
    }

    private void show(WizardStep step) {
        Loaded view = loaded.computeIfAbsent(step, s -> load(s, context));
        content.getChildren().setAll(view.view());
        StepController controller = (StepController) view.controller();
        next.disableProperty().unbind();
        next.disableProperty().bind(Bindings.not(controller.ready()));
        next.setVisible(step.next(journey()) != null);
        back.disableProperty().unbind();
        boolean first = step.previous(journey()) == null;
        ObservableBooleanValue busy = controller.busy();
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> first || busy.get(), busy));
        renderStepList(step);
        controller.shown();
        view.view().requestFocus();
    }

    /**
     * Lets the steps finish their work before the window closes (an upload records what is on its
     * way): the first step that holds the close is shown, and it closes the window when it may.
     *
     * @param close closes the window
     * @return whether a step holds the close
     */
    boolean holdsClose(Runnable close) {
        for (Map.Entry<WizardStep, Loaded> entry : loaded.entrySet()) {
            if (((StepController) entry.getValue().controller()).holdsClose(close)) {
                if (entry.getKey() != current()) {
                    go(entry.getKey());
                }
                return true;
            }
        }
        return false;
    }

    private WizardStep current() {
        return context.state().step().get();
    }

    private Journey journey() {
        return context.state().journeyOrMe();
    }

    private void renderStepList(WizardStep current) {
        WizardTexts texts = context.texts();
        stepList.getChildren().clear();
        List<WizardStep> path = WizardStep.path(journey());
        int at = path.indexOf(current);
        for (int i = 0; i < path.size(); i++) {
            WizardStep step = path.get(i);
            Label label = new Label(texts.get("shell.stepNumber", i + 1, texts.get(step.titleKey())));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add("step");
            String state = i == at ? "current" : i < at ? "done" : "upcoming";
            label.getStyleClass().add(state);
            label.setAccessibleText(texts.get("shell.step." + state, i + 1, path.size(), texts.get(step.titleKey())));
            stepList.getChildren().add(label);
        }
    }

    /** A step's view and controller. */
    record Loaded(Node view, Object controller) {
    }

    /** Shows a text size by its localised name. */
    private static final class TextSizeCell extends ListCell<TextSize> {
        private final WizardTexts texts;

        TextSizeCell(WizardTexts texts) {
            this.texts = texts;
        }

        @Override
        protected void updateItem(TextSize size, boolean empty) {
            super.updateItem(size, empty);
            setText(empty || size == null ? null : texts.get("textSize." + size.name()));
        }
    }
}
