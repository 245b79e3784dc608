package org.trasloco.app.wizard.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.trasloco.core.i18n.Bundles;
import org.trasloco.core.i18n.LocalizedText;

/**
 * The wizard's texts in one language: {@code org/trasloco/app/wizard/messages*.properties}, used by
 * the FXML views ({@code %key}) and by the controllers. A text with placeholders ({@code {0}}) is a
 * {@link MessageFormat} pattern (a literal apostrophe is written {@code ''}); a text without is used
 * as it is, like FXML does. Domain messages from the library modules format in the same language.
 */
public final class WizardTexts {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.trasloco.app.wizard.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private WizardTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts in a language (English when the language has no translation). */
    public static WizardTexts of(Locale locale) {
        return new WizardTexts(Bundles.get(BUNDLE, locale), locale);
    }

    /** The bundle, for FXML loading. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The language. */
    public Locale locale() {
        return locale;
    }

    /** A text, with its arguments formatted in this language. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A domain message in this language. */
    public String get(LocalizedText text) {
        return text.format(locale);
    }
}
