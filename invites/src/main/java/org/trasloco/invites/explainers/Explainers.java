package org.trasloco.invites.explainers;

import static org.trasloco.invites.explainers.Paragraph.Style.BODY;
import static org.trasloco.invites.explainers.Paragraph.Style.BULLET;
import static org.trasloco.invites.explainers.Paragraph.Style.CALL_TO_ACTION;
import static org.trasloco.invites.explainers.Paragraph.Style.CASE;
import static org.trasloco.invites.explainers.Paragraph.Style.DEVICES_PICTURE;
import static org.trasloco.invites.explainers.Paragraph.Style.HEADING;

import java.util.List;

/**
 * The explainers the kit prints, and which sources back each paragraph. The texts are in the
 * bundle; this class fixes their order and their citations, the same in every language.
 */
public final class Explainers {

    private Explainers() {
    }

    /** "Why I moved: Chat Control": what the proposal is, why automatic scanning hurts innocent people. */
    public static Section chatControl() {
        return new Section(ExplainerText.WHY_TITLE, List.of(
                paragraph(ExplainerText.WHY_PROPOSAL, BODY, Source.CHAT_CONTROL),
                paragraph(ExplainerText.WHY_SCANNING, BODY, Source.GOOGLE_FATHER),
                paragraph(ExplainerText.WHY_CASE_US, CASE, Source.GOOGLE_FATHER),
                paragraph(ExplainerText.WHY_CASE_UK, CASE, Source.UK_BBC, Source.UK_INDEPENDENT),
                paragraph(ExplainerText.WHY_CASE_CANADA, CASE, Source.CANADA_CBC, Source.CANADA_SUN),
                paragraph(ExplainerText.WHY_LESSON, BODY),
                paragraph(ExplainerText.WHY_COMPANIES, BODY),
                paragraph(ExplainerText.WHY_XMPP, BODY, Source.XMPP),
                paragraph(ExplainerText.WHY_ACT, CALL_TO_ACTION, Source.FIGHT_CHAT_CONTROL)));
    }

    /** "How your messages are protected": XMPP like e-mail, OMEMO's padlocks, and the honest limits. */
    public static Section omemo() {
        return new Section(ExplainerText.HOW_TITLE, List.of(
                paragraph(ExplainerText.HOW_EMAIL, BODY, Source.XMPP),
                paragraph(ExplainerText.HOW_LOCK, BODY, Source.OMEMO_CONVERSATIONS, Source.OMEMO_WIKIPEDIA),
                paragraph(ExplainerText.HOW_DEVICES, BODY, Source.OMEMO_CONVERSATIONS),
                paragraph(ExplainerText.HOW_PICTURE_CAPTION, DEVICES_PICTURE),
                paragraph(ExplainerText.HOW_KEYS, BODY, Source.OMEMO_CONVERSATIONS),
                paragraph(ExplainerText.HOW_COVERS, BODY, Source.OMEMO_CONVERSATIONS),
                paragraph(ExplainerText.HOW_PADLOCK, BODY),
                paragraph(ExplainerText.HOW_LIMITS_TITLE, HEADING),
                paragraph(ExplainerText.HOW_LIMIT_NEW_DEVICE, BULLET, Source.OMEMO_CONVERSATIONS, Source.OMEMO_WIKIPEDIA),
                paragraph(ExplainerText.HOW_LIMIT_ARCHIVE, BULLET)));
    }

    /** Both explainers in printing order. */
    public static List<Section> all() {
        return List.of(chatControl(), omemo());
    }

    private static Paragraph paragraph(ExplainerText text, Paragraph.Style style, Source... sources) {
        return new Paragraph(text, style, List.of(sources));
    }
}
