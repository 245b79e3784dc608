package org.trasloco.app.wizard.printout;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.trasloco.app.wizard.common.LanguageNames;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.invites.Languages;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;

/**
 * The choices every printout offers, over a step's own controls: the paper, the language, normal or
 * large print. Tells the step when one changes, so it can draw its preview again.
 */
public final class KitOptions {

    private final ComboBox<PaperFormat> paper;
    private final ComboBox<Locale> language;
    private final ToggleGroup size;
    private final RadioButton normal;
    private final RadioButton large;
    private Runnable changed = () -> { };

    /**
     * Sets up the controls.
     *
     * @param paper the paper choice, and its label
     * @param paperLabel the paper's label
     * @param language the language choice
     * @param languageLabel the language's label
     * @param size the print size group with its two buttons
     * @param normal normal print
     * @param large large print
     * @param texts the window's language
     */
    public KitOptions(ComboBox<PaperFormat> paper, Label paperLabel, ComboBox<Locale> language, Label languageLabel,
            ToggleGroup size, RadioButton normal, RadioButton large, WizardTexts texts) {
        this.paper = paper;
        this.language = language;
        this.size = size;
        this.normal = normal;
        this.large = large;
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
        normal.setUserData(PrintSize.NORMAL);
        large.setUserData(PrintSize.LARGE);
        paper.valueProperty().addListener((o, old, value) -> changed.run());
        language.valueProperty().addListener((o, old, value) -> changed.run());
        size.selectedToggleProperty().addListener((o, old, value) -> {
            if (value != null) {
                changed.run();
            }
        });
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
        size.selectToggle(printSize == PrintSize.LARGE ? large : normal);
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
        return size.getSelectedToggle() == large ? PrintSize.LARGE : PrintSize.NORMAL;
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
