package org.trasloco.invites.kit;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.links.ServerInvite;
import org.trasloco.invites.people.Invitee;
import org.trasloco.invites.people.Inviter;
import org.trasloco.invites.share.Invitations;

/**
 * The sample kit of the docs and tests: Marco on the community server, inviting people whose names
 * need Latin accents, Greek, Cyrillic, Armenian and an emoji, one of them with a server token; Nonna
 * Rosa will be in the family's group chat, Ελένη in five group chats (more than a card names).
 */
final class SampleKits {

    static final Inviter MARCO = new Inviter("Marco Bianchi", XmppAddress.parse("marco.bianchi@serviziliberi.it"));

    private SampleKits() {
    }

    static List<Invitee> invitees(Locale language) {
        return List.of(new Invitee("Nonna Rosa", "+39 333 123 4567", null, Locale.ITALIAN),
                new Invitee("Jess Moreau", null, "jess_m", Locale.ENGLISH),
                Invitee.named("Zoë 🌻", language), Invitee.named("Ελένη", language), Invitee.named("Дмитрий", language),
                Invitee.named("Արամ", language), Invitee.named("Nicolò", language));
    }

    /** The family's group chat. */
    static final CardGroup FAMILY = group("Famiglia Bianchi", "famiglia-bianchi");

    /** Ελένη's group chats, the family's first: a card names three and counts the others. */
    static final List<CardGroup> ELENIS_GROUPS = List.of(FAMILY, group("Cugini", "cugini"),
            group("Calcetto del giovedì", "calcetto"), group("Vicini di casa", "vicini"), group("Coro", "coro"));

    static KitContent kit(Locale language) {
        return kit(language, true);
    }

    /** The sample kit, with the group chats of Nonna Rosa and Ελένη or without any. */
    static KitContent kit(Locale language, boolean withGroups) {
        List<Invitee> invitees = invitees(language);
        Map<Invitee, ServerInvite> tokens = Map.of(invitees.get(0), new ServerInvite("pWq3-Zk9_x2", null, true));
        Map<String, List<CardGroup>> groups = withGroups ? Map.of("Nonna Rosa", List.of(FAMILY), "Ελένη", ELENIS_GROUPS)
                : Map.of();
        List<InviteCard> cards = Invitations.forPeople(MARCO, invitees, LandingLinks.standard(), tokens::get).stream()
                .map(message -> new InviteCard(message.invitee().name(), message.link(),
                        groups.getOrDefault(message.invitee().name(), List.of()))).toList();
        return new KitContent(MARCO, Invitations.addMe(MARCO, null, LandingLinks.standard()), null,
                AppsCatalogue.bundled().forServer(MARCO.address().domain()), cards, language);
    }

    private static CardGroup group(String title, String room) {
        return new CardGroup(title, "xmpp:" + room + "@conference.serviziliberi.it?join");
    }

    static Written write(KitContent kit, PaperFormat paper, PrintSize size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (KitBook book = new KitBook(paper, size)) {
            KitResult result = book.add(kit).write(out);
            return new Written(out.toByteArray(), result);
        }
    }

    /** A written PDF and what the writer says it printed. */
    record Written(byte[] pdf, KitResult result) {
    }
}
