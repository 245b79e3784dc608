package org.trasloco.invites.kit;

import org.trasloco.core.i18n.MessageKey;

/** The kit's own texts ({@code org/trasloco/invites/kit/messages*.properties}); explainers have their own bundle. */
public enum KitText implements MessageKey {
    DOCUMENT_TITLE("document.title"),
    COVER_KICKER("cover.kicker"),
    COVER_TITLE_NAMED("cover.titleNamed"),
    COVER_TITLE("cover.title"),
    COVER_ADDRESS_LABEL("cover.addressLabel"),
    COVER_SCAN("cover.scan"),
    COVER_SCAN_HELP("cover.scanHelp"),
    COVER_LINK_LABEL("cover.linkLabel"),
    COVER_APP_LINK_LABEL("cover.appLinkLabel"),
    COVER_APPS_TITLE("cover.appsTitle"),
    COVER_APPS_MORE("cover.appsMore"),
    /** The cover's pointer to the apps page when the cover has no room for the apps box (large print). */
    COVER_APPS_NEXT("cover.appsNext"),
    COVER_INSIDE("cover.inside"),
    APPS_TITLE("apps.title"),
    APPS_INTRO("apps.intro"),
    APPS_SCAN("apps.scan"),
    APPS_OPENS_INVITES("apps.opensInvites"),
    APPS_BY_ADDRESS("apps.byAddress"),
    STEPS_TITLE("steps.title"),
    STEPS_INSTALL("steps.install"),
    STEPS_ACCOUNT("steps.account"),
    STEPS_ACCOUNT_INVITE("steps.accountInvite"),
    STEPS_ADD_ME("steps.addMe"),
    STEPS_HELLO("steps.hello"),
    STEPS_SHARE("steps.share"),
    STEPS_HELP("steps.help"),
    CARDS_TITLE("cards.title"),
    CARDS_CUT("cards.cut"),
    CARD_FOR("card.for"),
    CARD_FOR_BLANK("card.forBlank"),
    CARD_INVITE("card.invite"),
    CARD_INSTALL("card.install"),
    CARD_APPS("card.apps"),
    CARD_SCAN("card.scan"),
    CARD_HELLO("card.hello"),
    CARD_ADDRESS("card.address"),
    /** {0} the group chat's title, quoted ({@link #CARD_GROUP_TITLE}). */
    CARD_GROUP("card.group"),
    /** {0} the group chats' titles, listed ({@link #CARD_GROUPS_LIST}, {@link #CARD_GROUPS_MORE}). */
    CARD_GROUPS("card.groups"),
    /** {0} a group chat's title, in the language's quotation marks. */
    CARD_GROUP_TITLE("card.groupTitle"),
    /** {0} the first titles, comma-separated; {1} the last one. */
    CARD_GROUPS_LIST("card.groupsList"),
    /** {0} the titles named, comma-separated; {1} how many more there are. */
    CARD_GROUPS_MORE("card.groupsMore"),
    CITATION("citation"),
    /** {0} a label, followed by what it labels: "Android:", "Google Play:". */
    LABEL("label"),
    FOOTER("footer"),
    FACILITATOR_TITLE("facilitator.title"),
    FACILITATOR_SUMMARY("facilitator.summary"),
    FACILITATOR_NAME("facilitator.name"),
    FACILITATOR_ADDRESS("facilitator.address"),
    FACILITATOR_CHECKLIST("facilitator.checklist"),
    FACILITATOR_SUGGESTED("facilitator.suggested"),
    FACILITATOR_CHECK_APP("facilitator.checkApp"),
    FACILITATOR_CHECK_ACCOUNT("facilitator.checkAccount"),
    FACILITATOR_CHECK_CONTACT("facilitator.checkContact"),
    FACILITATOR_CHECK_PADLOCK("facilitator.checkPadlock"),
    FACILITATOR_CHECK_KIT("facilitator.checkKit"),
    FACILITATOR_NOTES("facilitator.notes"),
    PREVIEW_UNREADABLE("preview.unreadable"),
    CREDENTIALS_KICKER("credentials.kicker"),
    CREDENTIALS_TITLE("credentials.title"),
    CREDENTIALS_ADDRESS("credentials.address"),
    CREDENTIALS_PASSWORD("credentials.password"),
    CREDENTIALS_EXACTLY("credentials.exactly"),
    CREDENTIALS_SERVER("credentials.server"),
    CREDENTIALS_ADDRESS_CODE("credentials.addressCode"),
    CREDENTIALS_SERVER_CODE("credentials.serverCode"),
    CREDENTIALS_WHAT_TITLE("credentials.whatTitle"),
    CREDENTIALS_WHAT("credentials.what"),
    CREDENTIALS_PRIVATE_TITLE("credentials.privateTitle"),
    CREDENTIALS_PRIVATE("credentials.private"),
    CREDENTIALS_FOOTER("credentials.footer");

    private final String key;

    KitText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.invites.kit.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
