package org.trasloco.invites.explainers;

import org.trasloco.core.i18n.MessageKey;

/** The explainers' texts ({@code org/trasloco/invites/explainers/messages*.properties}). */
public enum ExplainerText implements MessageKey {
    WHY_TITLE("why.title"),
    WHY_PROPOSAL("why.proposal"),
    WHY_SCANNING("why.scanning"),
    WHY_CASE_US("why.caseUs"),
    WHY_CASE_UK("why.caseUk"),
    WHY_CASE_CANADA("why.caseCanada"),
    WHY_LESSON("why.lesson"),
    WHY_COMPANIES("why.companies"),
    WHY_XMPP("why.xmpp"),
    WHY_ACT("why.act"),
    HOW_TITLE("how.title"),
    HOW_EMAIL("how.email"),
    HOW_LOCK("how.lock"),
    HOW_DEVICES("how.devices"),
    HOW_PICTURE_CAPTION("how.pictureCaption"),
    HOW_PICTURE_PHONE("how.picturePhone"),
    HOW_PICTURE_TABLET("how.pictureTablet"),
    HOW_PICTURE_COMPUTER("how.pictureComputer"),
    HOW_KEYS("how.keys"),
    HOW_COVERS("how.covers"),
    HOW_PADLOCK("how.padlock"),
    HOW_LIMITS_TITLE("how.limitsTitle"),
    HOW_LIMIT_NEW_DEVICE("how.limitNewDevice"),
    HOW_LIMIT_ARCHIVE("how.limitArchive"),
    SOURCES_TITLE("sources.title"),
    SOURCES_INTRO("sources.intro"),
    SOURCE_CHAT_CONTROL("source.chatControl"),
    SOURCE_GOOGLE_FATHER("source.googleFather"),
    SOURCE_UK_BBC("source.ukBbc"),
    SOURCE_UK_INDEPENDENT("source.ukIndependent"),
    SOURCE_CANADA_CBC("source.canadaCbc"),
    SOURCE_CANADA_SUN("source.canadaSun"),
    SOURCE_FIGHT_CHAT_CONTROL("source.fightChatControl"),
    SOURCE_XMPP("source.xmpp"),
    SOURCE_OMEMO_CONVERSATIONS("source.omemoConversations"),
    SOURCE_OMEMO_WIKIPEDIA("source.omemoWikipedia");

    private final String key;

    ExplainerText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.invites.explainers.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
