package org.trasloco.app.cli.account;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** The texts the account commands print ({@code org/trasloco/app/cli/account/messages*.properties}). */
enum AccountText implements MessageKey {
    CREATED("created"),
    GENERATED_PASSWORD("generatedPassword"),
    GENERATED_PASSWORD_NOTE("generatedPasswordNote"),
    INVITER_IS_CONTACT("inviterIsContact"),
    INVITER_NOT_YET_CONTACT("inviterNotYetContact"),
    CHECKED("checked"),
    NAME_OR_INVITE_NEEDED("nameOrInviteNeeded"),
    DOMAIN_NEEDED("domainNeeded"),
    PASSWORD_LINE_MISSING("passwordLineMissing"),
    /** For commands that cannot generate a password. */
    PASSWORD_LINE_MISSING_NO_CHOICE("passwordLineMissingNoChoice"),
    QUESTIONS_INTRO("questionsIntro"),
    QUESTION_PICTURE_SAVED("questionPictureSaved"),
    QUESTION_MEDIA_LINK("questionMediaLink"),
    QUESTION_OPTION("questionOption"),
    QUESTION_YES_NO("questionYesNo"),
    QUESTION_PROMPT("questionPrompt"),
    QUESTION_UNANSWERED("questionUnanswered"),
    QUESTION_LINK("questionLink"),
    PROVIDER_TITLE_COMMUNITY("provider.title.community"),
    PROVIDER_TITLE_LIST("provider.title.list"),
    PROVIDER_TITLE_UNRATED("provider.title.unrated"),
    PROVIDER_TITLE_CUSTOM("provider.title.custom"),
    PROVIDER_SIGNUP_APP("provider.signup.app"),
    PROVIDER_SIGNUP_APP_CAPTCHA("provider.signup.appCaptcha"),
    PROVIDER_SIGNUP_WEB_PAGE("provider.signup.webPage"),
    PROVIDER_SIGNUP_WEB("provider.signup.web"),
    PROVIDER_SIGNUP_MAYBE_WEB_PAGE("provider.signup.maybeWebPage"),
    PROVIDER_SIGNUP_UNKNOWN("provider.signup.unknown"),
    PROVIDER_FACTS("provider.facts"),
    PROVIDER_SINCE("provider.since"),
    YES("yes"),
    NO("no"),
    UNKNOWN("unknown"),
    KEPT_DAYS("kept.days"),
    KEPT_UNLIMITED("kept.unlimited"),
    KEPT_LESS_THAN_A_DAY("kept.lessThanADay"),
    PROVIDERS_SHOWN("providers.shown"),
    PROVIDERS_NONE("providers.none"),
    PROVIDERS_BUNDLED("providers.bundled"),
    PROVIDERS_DOWNLOADED("providers.downloaded"),
    PROVIDERS_UPDATED("providers.updated"),
    PROVIDERS_ADDED("providers.added"),
    PROVIDERS_REMOVED("providers.removed"),
    PROVIDERS_NOT_ADDED("providers.notAdded");

    private final String key;

    AccountText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.app.cli.account.messages";
    }

    @Override
    public String key() {
        return key;
    }

    /** The text in a language. */
    String format(Locale locale, Object... args) {
        return LocalizedText.of(this, args).format(locale);
    }
}
