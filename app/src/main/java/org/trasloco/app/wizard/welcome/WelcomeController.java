package org.trasloco.app.wizard.welcome;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.invites.Languages;
import org.trasloco.move.choices.Journey;

/** Step 0: language, who is moving, and "continue where you left off". */
public final class WelcomeController implements StepController {

    private final WizardContext context;

    @FXML
    private RadioButton english;
    @FXML
    private RadioButton italian;
    @FXML
    private RadioButton german;
    @FXML
    private RadioButton french;
    @FXML
    private RadioButton spanish;
    @FXML
    private ToggleGroup language;
    @FXML
    private RadioButton me;
    @FXML
    private RadioButton helper;
    @FXML
    private RadioButton workshop;
    @FXML
    private ToggleGroup audience;
    @FXML
    private VBox resumeBox;
    @FXML
    private Label resumeLabel;
    @FXML
    private Button startOver;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public WelcomeController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        // In the order of Languages.SUPPORTED, each button named in its own language.
        List<RadioButton> buttons = List.of(english, italian, german, french, spanish);
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setUserData(Languages.SUPPORTED.get(i));
        }
        String current = context.state().locale().get().getLanguage();
        language.selectToggle(buttons.stream().filter(b -> ((Locale) b.getUserData()).getLanguage().equals(current))
                .findFirst().orElse(english));
        language.selectedToggleProperty().addListener((o, old, toggle) -> {
            if (toggle != null) {
                context.state().locale().set((Locale) toggle.getUserData());
            }
        });
        me.setUserData(Journey.ME);
        helper.setUserData(Journey.HELPER);
        workshop.setUserData(Journey.WORKSHOP);
        Journey chosen = context.state().journey().get();
        for (Toggle toggle : audience.getToggles()) {
            if (toggle.getUserData() == chosen) {
                audience.selectToggle(toggle);
            }
        }
        audience.selectedToggleProperty().addListener((o, old, toggle) -> {
            if (toggle != null) {
                context.state().journey().set((Journey) toggle.getUserData());
            }
        });
        showResume();
        startOver.setOnAction(event -> context.startNewMove());
    }

    private void showResume() {
        boolean resumed = context.state().resumed();
        resumeBox.setVisible(resumed);
        resumeBox.setManaged(resumed);
        if (resumed) {
            var conversations = context.state().workspace().conversations();
            long messages = conversations.stream().mapToLong(ConversationSummary::messages).sum();
            String file = context.state().workspace().file().getFileName().toString();
            resumeLabel.setText(context.texts().get("welcome.resume", conversations.size(), messages, file));
        }
    }

    @Override
    public ObservableBooleanValue ready() {
        return Bindings.isNotNull(context.state().journey());
    }
}
