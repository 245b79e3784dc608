package org.trasloco.app.cli.account;

import java.util.Locale;
import org.trasloco.xmpp.providers.Provider;
import org.trasloco.xmpp.providers.Retention;

/** A catalogue entry in plain words: three lines a person can compare at a glance. */
final class ProviderDescription {

    private ProviderDescription() {
    }

    static String title(Provider provider, Locale locale) {
        return switch (provider.origin()) {
            case COMMUNITY -> AccountText.PROVIDER_TITLE_COMMUNITY.format(locale, provider.domain());
            case CUSTOM -> AccountText.PROVIDER_TITLE_CUSTOM.format(locale, provider.domain());
            case PROVIDERS_LIST -> switch (provider.category()) {
                case UNRATED -> AccountText.PROVIDER_TITLE_UNRATED.format(locale, provider.domain());
                default -> AccountText.PROVIDER_TITLE_LIST.format(locale, provider.domain(), provider.category().name());
            };
        };
    }

    static String signUp(Provider provider, Locale locale) {
        String page = provider.signUpPage(locale).orElse(null);
        if (Boolean.TRUE.equals(provider.inAppSignUp())) {
            return Boolean.TRUE.equals(provider.captcha()) ? AccountText.PROVIDER_SIGNUP_APP_CAPTCHA.format(locale)
                    : AccountText.PROVIDER_SIGNUP_APP.format(locale);
        }
        if (Boolean.FALSE.equals(provider.inAppSignUp())) {
            return page != null ? AccountText.PROVIDER_SIGNUP_WEB_PAGE.format(locale, page)
                    : AccountText.PROVIDER_SIGNUP_WEB.format(locale);
        }
        return page != null ? AccountText.PROVIDER_SIGNUP_MAYBE_WEB_PAGE.format(locale, page)
                : AccountText.PROVIDER_SIGNUP_UNKNOWN.format(locale);
    }

    static String facts(Provider provider, Locale locale) {
        String locations = provider.serverLocations().isEmpty() ? AccountText.UNKNOWN.format(locale)
                : String.join(", ", provider.serverLocations());
        String facts = AccountText.PROVIDER_FACTS.format(locale, yesNo(provider.free(), locale),
                kept(provider.archive(), locale), locations);
        if (provider.since() != null) {
            facts += AccountText.PROVIDER_SINCE.format(locale, provider.since().getYear());
        }
        return facts;
    }

    static String kept(Retention retention, Locale locale) {
        return switch (retention.kind()) {
            case DAYS -> AccountText.KEPT_DAYS.format(locale, retention.days());
            case UNLIMITED -> AccountText.KEPT_UNLIMITED.format(locale);
            case LESS_THAN_A_DAY -> AccountText.KEPT_LESS_THAN_A_DAY.format(locale);
            case UNKNOWN -> AccountText.UNKNOWN.format(locale);
        };
    }

    private static String yesNo(Boolean value, Locale locale) {
        if (value == null) {
            return AccountText.UNKNOWN.format(locale);
        }
        return value ? AccountText.YES.format(locale) : AccountText.NO.format(locale);
    }
}
