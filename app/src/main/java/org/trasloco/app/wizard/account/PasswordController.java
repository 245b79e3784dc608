package org.trasloco.app.wizard.account;

import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.password.PasswordGenerator;
import org.trasloco.xmpp.password.PasswordStrength;

/**
 * The new address's password: one made by Trasloco, shown large, with "another one"; or the
 * user's own, typed twice, with a hint on its strength. Typed passwords leave their fields when
 * the step is left; a made one stays shown until it went into an account (it may be written down).
 */
public final class PasswordController {

    private final WizardContext context;
    private Password made;

    @FXML
    private VBox generatedBox;
    @FXML
    private PasswordDisplay generated;
    @FXML
    private Button another;
    @FXML
    private CheckBox ownChoice;
    @FXML
    private VBox ownBox;
    @FXML
    private Label ownLabel;
    @FXML
    private PasswordField own;
    @FXML
    private Label repeatLabel;
    @FXML
    private PasswordField repeat;
    @FXML
    private Label strength;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public PasswordController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        ownLabel.setLabelFor(own);
        repeatLabel.setLabelFor(repeat);
        another.setOnAction(event -> makeAnother());
        ownChoice.selectedProperty().addListener((o, old, on) -> showOwn(on));
        own.textProperty().addListener((o, old, text) -> judge());
        repeat.textProperty().addListener((o, old, text) -> judge());
        showOwn(false);
        makeAnother();
    }

    /** Disables "another one" while a job runs; Enter in the last field does {@code enter}. */
    void attach(ObservableBooleanValue busy, Runnable enter) {
        another.disableProperty().bind(busy);
        repeat.setOnAction(event -> enter.run());
    }

    /** What {@link #ready()} depends on, for bindings. */
    Observable[] dependencies() {
        return new Observable[] {ownChoice.selectedProperty(), own.textProperty(), repeat.textProperty()};
    }

    /** Whether there is a password to use: the one made, or an own one long enough and typed twice alike. */
    boolean ready() {
        return !typed() || PasswordStrength.of(own.getText()) != PasswordStrength.TOO_SHORT
                && own.getText().equals(repeat.getText());
    }

    /** Whether the user types their own password. */
    boolean typed() {
        return ownChoice.isSelected();
    }

    /**
     * The password to create the account with: the one made (kept shown), or a new holder of the
     * typed one, which the caller wipes when it is not used.
     */
    Password take() {
        return typed() ? Password.of(own.getText()) : made;
    }

    /** The password went into an account (the state owns it now): the next address gets a new one. */
    void used() {
        if (!typed()) {
            made = null;
        }
        wipeTyped();
    }

    /** Shows a new password when the one shown went into an account. */
    void shown() {
        if (made == null) {
            makeAnother();
        }
    }

    /** Clears the typed passwords (when the step is left or the window closes). */
    void wipeTyped() {
        own.clear();
        repeat.clear();
    }

    /** Forgets everything secret (when the window closes). */
    void wipeAll() {
        wipeTyped();
        if (made != null) {
            made.wipe();
            made = null;
        }
    }

    private void makeAnother() {
        if (made != null) {
            made.wipe();
        }
        made = PasswordGenerator.forLocale(context.texts().locale()).generate();
        generated.show(made.reveal(), context.texts().get("account.password.generated.accessible", made.reveal()));
    }

    private void showOwn(boolean on) {
        ownBox.setVisible(on);
        ownBox.setManaged(on);
        generatedBox.setVisible(!on);
        generatedBox.setManaged(!on);
        if (!on) {
            wipeTyped();
        }
        judge();
    }

    private void judge() {
        WizardTexts texts = context.texts();
        strength.getStyleClass().removeAll("ok-message", "error-message");
        if (own.getText().isEmpty()) {
            strength.setText(texts.get("account.password.own.hint"));
            return;
        }
        PasswordStrength judged = PasswordStrength.of(own.getText());
        String text = switch (judged) {
            case TOO_SHORT -> texts.get("account.password.strength.short", PasswordStrength.MINIMUM_LENGTH);
            case WEAK -> texts.get("account.password.strength.weak");
            case FAIR -> texts.get("account.password.strength.fair");
            case STRONG -> texts.get("account.password.strength.strong");
        };
        if (!repeat.getText().isEmpty() && !repeat.getText().equals(own.getText())) {
            text = text + " " + texts.get("account.password.own.differ");
        }
        strength.setText(text);
        strength.getStyleClass().add(judged == PasswordStrength.STRONG || judged == PasswordStrength.FAIR
                ? "ok-message" : "error-message");
    }
}
