package org.trasloco.app.wizard.common;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.trasloco.core.i18n.Bundles;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.move.choices.Journey;

/**
 * The wizard's texts in one language and for one journey: {@code org/trasloco/app/wizard/messages*.properties},
 * used by the FXML views ({@code %key}) and by the controllers. When someone moves a person they
 * help, a text {@code helper.key} replaces {@code key} where the bundle has one, so that the steps
 * speak about that person rather than "you". A text with placeholders ({@code {0}}) is a
 * {@link MessageFormat} pattern (a literal apostrophe is written {@code ''}); a text without is used
 * as it is, like FXML does. Domain messages from the library modules format in the same language.
 */
public final class WizardTexts {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.trasloco.app.wizard.messages";
    /** The prefix of a text's variant for the helper journey. */
    public static final String HELPER_PREFIX = "helper.";

    private final ResourceBundle bundle;
    private final Locale locale;

    private WizardTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts in a language (English when the language has no translation), for moving oneself. */
    public static WizardTexts of(Locale locale) {
        return of(locale, Journey.ME);
    }

    /**
     * The texts in a language for a journey.
     *
     * @param locale the language (English when it has no translation)
     * @param journey who is moving
     * @return the texts
     */
    public static WizardTexts of(Locale locale, Journey journey) {
        ResourceBundle plain = Bundles.get(BUNDLE, locale);
        return new WizardTexts(journey == Journey.HELPER ? new HelperVariants(plain) : plain, locale);
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

    /** The bundle seen by someone helping: each text's helper variant where there is one. */
    private static final class HelperVariants extends ResourceBundle {
        private final ResourceBundle plain;

        HelperVariants(ResourceBundle plain) {
            this.plain = plain;
        }

        @Override
        protected Object handleGetObject(String key) {
            String variant = HELPER_PREFIX + key;
            return plain.containsKey(variant) ? plain.getObject(variant) : plain.getObject(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return plain.getKeys();
        }

        @Override
        public Locale getLocale() {
            return plain.getLocale();
        }

        @Override
        protected java.util.Set<String> handleKeySet() {
            return Collections.unmodifiableSet(plain.keySet());
        }
    }
}
