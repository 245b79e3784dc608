package org.trasloco.app.wizard.printout;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.LanguageNames;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.invites.Languages;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;

/**
 * The choices every printout offers ({@code options.fxml}, included by the steps that print): the
 * paper, the language, normal or large print. Tells the step when one changes, so it can draw its
 * preview again.
 */
public final class KitOptions {

    private final WizardTexts texts;
    private Runnable changed = () -> { };

    @FXML
    private ComboBox<PaperFormat> paper;
    @FXML
    private Label paperLabel;
    @FXML
    private ComboBox<Locale> language;
    @FXML
    private Label languageLabel;
    @FXML
    private ToggleGroup size;
    @FXML
    private RadioButton normalSize;
    @FXML
    private RadioButton largeSize;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public KitOptions(WizardContext context) {
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        paperLabel.setLabelFor(paper);
        languageLabel.setLabelFor(language);
        paper.getItems().setAll(PaperFormat.values());
        StringConverter<PaperFormat> paperNames = new StringConverter<>() {
            @Override
            public String toString(PaperFormat format) {
                return format == null ? "" : texts.get("kit.paper." + format.name());
            }

            @Override
            public PaperFormat fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        };
        paper.setConverter(paperNames);
        paper.setButtonCell(new NamedCell<>(paperNames));
        language.getItems().setAll(Languages.SUPPORTED);
        language.setConverter(LanguageNames.converter(texts.locale()));
        language.setButtonCell(new NamedCell<>(language.getConverter()));
        paper.valueProperty().addListener((o, old, value) -> changed.run());
        language.valueProperty().addListener((o, old, value) -> changed.run());
        size.selectedToggleProperty().addListener((o, old, value) -> {
            if (value != null) {
                changed.run();
            }
        });
    }

    /**
     * Says what the language is for, where it is not the kit's ("your language", for a sheet).
     *
     * @param label the label
     * @param accessible what a screen reader says about the choice
     */
    public void languageIsFor(String label, String accessible) {
        languageLabel.setText(label);
        language.setAccessibleText(accessible);
    }

    /**
     * Chooses the values shown, without telling the step.
     *
     * @param paperFormat the paper
     * @param kitLanguage the language (one the kits are written in)
     * @param printSize the print size
     */
    public void select(PaperFormat paperFormat, Locale kitLanguage, PrintSize printSize) {
        Runnable told = changed;
        changed = () -> { };
        paper.setValue(paperFormat);
        language.setValue(Languages.resolve(kitLanguage, Languages.SUPPORTED.get(0)));
        size.selectToggle(printSize == PrintSize.LARGE ? largeSize : normalSize);
        changed = told;
    }

    /**
     * What to do when the user changes a choice.
     *
     * @param action the action
     */
    public void onChange(Runnable action) {
        this.changed = action;
    }

    /** The paper chosen. */
    public PaperFormat paper() {
        return paper.getValue();
    }

    /** The language chosen. */
    public Locale language() {
        return language.getValue();
    }

    /** The print size chosen. */
    public PrintSize size() {
        return size.getSelectedToggle() == largeSize ? PrintSize.LARGE : PrintSize.NORMAL;
    }

    /** What is chosen now, to print with in the background. */
    public Chosen chosen() {
        return new Chosen(paper(), size(), language());
    }

    /**
     * The choices at one moment.
     *
     * @param paper the paper
     * @param size the print size
     * @param language the language
     */
    public record Chosen(PaperFormat paper, PrintSize size, Locale language) {
    }

    /** The paper usually sold where the computer is set to be. */
    public static PaperFormat localPaper() {
        return PaperFormat.forCountry(Locale.getDefault(Locale.Category.FORMAT).getCountry());
    }

    /** Shows a value by its name in a choice box's button. */
    private static final class NamedCell<T> extends ListCell<T> {
        private final StringConverter<T> names;

        NamedCell(StringConverter<T> names) {
            this.names = names;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : names.toString(item));
        }
    }
}
