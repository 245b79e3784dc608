package org.trasloco.app.cli.invites;

import org.trasloco.core.i18n.MessageKey;

/** The texts the invite commands print ({@code org/trasloco/app/cli/invites/messages*.properties}). */
enum InvitesCliText implements MessageKey {
    KIT_WRITTEN("kit.written"),
    WORKSHOP_WRITTEN("workshop.written"),
    WORKSHOP_FILE("workshop.file"),
    WORKSHOP_INVITED("workshop.invited"),
    PASSWORD_STDIN_NEEDED("workshop.passwordStdin"),
    SERVER_INVITES_PASSWORD("invites.serverInvitesPassword"),
    CANNOT_WRITE("output.cannotWrite"),
    PERSON("invites.person"),
    LINK("invites.link"),
    LANDING("invites.landing"),
    TEXT("invites.text"),
    WHATSAPP("invites.whatsapp"),
    TELEGRAM("invites.telegram"),
    NOBODY("invites.nobody"),
    NO_SOURCE("invites.noSource"),
    WORKSPACE_MISSING("people.workspaceMissing"),
    PAPER_VALUES("paper.values");

    private final String key;

    InvitesCliText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.app.cli.invites.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
