package org.trasloco.move.invites;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ServerInvitationStore;
import org.trasloco.core.workspace.ServerInvitationStore.Invitation;
import org.trasloco.invites.links.ServerInvite;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.groups.InviteePlaces;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.groupchat.RoomPlaces;
import org.trasloco.xmpp.invitation.InvitationUri;
import org.trasloco.xmpp.invitation.InviteCreator;
import org.trasloco.xmpp.invitation.InviteTokens;
import org.trasloco.xmpp.invitation.RosterCheck;

/**
 * Invitations the user's server makes (XEP-0401, Prosody's {@code mod_invites_adhoc}): one for each
 * person the people step marked "invite". With one, a person scans their card, creates an account on
 * the user's server and has the user as a contact already. Each run first looks who joined since
 * the last one (a new mutual contact; the server tells which invitations were used) and gives them
 * their address in the people step, so that the next upload moves their old chats to it; then it
 * makes an invitation for everyone without one and renews the expired ones. The invitations are
 * kept in the workspace ({@link ServerInvitationStore}); the share texts and the kit carry them
 * ({@link #current()}). Where the server keeps places in group chats ({@link InviteePlaces}), each
 * invitation also brings its person into the move's group chats they belong to, the moment they
 * join. A server that makes no invitations is only asked whether it does.
 */
public final class ServerInvitations {

    private static final System.Logger LOG = System.getLogger(ServerInvitations.class.getName());

    private final MoveChoices choices;
    private final XmppAddress account;
    private final Clock clock;

    /**
     * The invitations of one account's server for a move.
     *
     * @param choices the move
     * @param account the account that invites
     * @param clock tells the time (expiry, when someone joined)
     */
    public ServerInvitations(MoveChoices choices, XmppAddress account, Clock clock) {
        this.choices = Objects.requireNonNull(choices, "choices");
        this.account = Objects.requireNonNull(account, "account").bare();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The invitations that can be handed out now: made, not used, not expired.
     *
     * @return by person, what the share texts and kit cards carry
     */
    public Map<Long, ServerInvite> current() {
        Instant now = clock.instant();
        Map<Long, ServerInvite> current = new HashMap<>();
        for (Invitation invitation : store().all()) {
            if (!invitation.used() && !invitation.expiredAt(now)) {
                org.trasloco.xmpp.invitation.Invitation link = InvitationUri.parse(invitation.uri());
                current.put(invitation.contactId(), new ServerInvite(link.token(), invitation.landingUrl(),
                        link.allowsRegistration()));
            }
        }
        return current;
    }

    /**
     * Every invitation the server made for this move, used or not.
     *
     * @return the invitations, by person id
     */
    public List<Invitation> all() {
        return store().all();
    }

    /**
     * Logs in, looks who joined, and makes the missing and expired invitations. Each invitation is
     * kept as soon as the server made it: a cancelled or broken run loses none.
     *
     * @param access the account's login
     * @param progress told (invitations made, invitations to make)
     * @param cancellation checked before each invitation
     * @return what happened; {@link ServerInvitationReport#offered()} is {@code false} for a server
     *     that makes no invitations
     * @throws TraslocoException {@code REFUSED} for a wrong password or a server that refuses,
     *     {@code CONNECTION} when it cannot be reached, {@code CANCELLED}
     */
    public ServerInvitationReport run(AccountAccess access, ProgressListener progress, Cancellation cancellation) {
        if (!access.account().address().bare().equals(account)) {
            throw new IllegalArgumentException("the login is for " + access.account().address() + ", not " + account);
        }
        ServerInvitationStore store = store();
        try (XmppSession session = access.opener().open()) {
            InviteCreator creator = new InviteCreator(session);
            if (!creator.offersContactInvites()) {
                return ServerInvitationReport.notOffered(account.domain());
            }
            RoomPlaces places = new RoomPlaces(session);
            boolean keepsPlaces = places.offered();
            InviteePlaces invitees = new InviteePlaces(choices, account, access.locale(), clock);
            Map<String, String> seated = keepsPlaces ? invitees.joined(places) : Map.of();
            SortedSet<String> mutual = RosterCheck.mutualContacts(session);
            List<ServerInvitationReport.Joined> joined = new ArrayList<>();
            SortedSet<String> untied = markJoined(access, store, mutual, seated, joined);
            Made made = make(creator, store, progress, cancellation);
            Set<String> roster = new TreeSet<>(mutual);
            roster.removeAll(untied);
            choices.invitationRoster(account, roster);
            int placed = keepsPlaces ? invitees.keep(places) : 0;
            return new ServerInvitationReport(account.domain(), true, made.created, made.renewed, made.kept,
                    made.allowSignUp, joined, List.copyOf(untied), placed);
        }
    }

    /**
     * Ties newcomers to used invitations and gives them their address; returns the newcomers left.
     * The server's places (which tell the account made with each of their invitations) tie first;
     * the others are matched by name and by which invitations were used.
     */
    private SortedSet<String> markJoined(AccountAccess access, ServerInvitationStore store, SortedSet<String> mutual,
            Map<String, String> seated, List<ServerInvitationReport.Joined> joined) {
        Optional<Set<String>> before = choices.invitationRoster(account);
        List<Invitation> open = store.all().stream().filter(invitation -> !invitation.used()).toList();
        if (before.isEmpty() || open.isEmpty()) {
            return new TreeSet<>();
        }
        List<Contact> contacts = choices.workspace().contacts();
        SortedSet<String> newcomers = new TreeSet<>(mutual);
        newcomers.removeAll(before.get());
        newcomers.remove(account.toString());
        contacts.stream().map(Contact::xmppAddress).filter(Objects::nonNull).forEach(newcomers::remove);
        store.all().stream().filter(Invitation::used).map(Invitation::usedBy).forEach(newcomers::remove);
        if (newcomers.isEmpty()) {
            return newcomers;
        }
        Map<Invitation, String> matches = new LinkedHashMap<>();
        for (Invitation invitation : open) {
            String seatedAccount = seated.get(InvitationUri.parse(invitation.uri()).token());
            if (seatedAccount != null && newcomers.contains(seatedAccount)) {
                matches.put(invitation, seatedAccount);
            }
        }
        List<Invitation> unmatched = open.stream().filter(invitation -> !matches.containsKey(invitation)).toList();
        SortedSet<String> strangers = new TreeSet<>(newcomers);
        strangers.removeAll(matches.values());
        if (!unmatched.isEmpty() && !strangers.isEmpty()) {
            matches.putAll(InvitationJoins.match(used(access, unmatched), strangers));
        }
        Map<Long, Contact> byId = new LinkedHashMap<>();
        contacts.forEach(contact -> byId.put(contact.id(), contact));
        Instant now = clock.instant();
        List<ContactDecision> decisions = new ArrayList<>();
        for (Map.Entry<Invitation, String> match : matches.entrySet()) {
            Invitation invitation = match.getKey();
            store.save(invitation.usedBy(match.getValue(), now));
            Contact contact = byId.get(invitation.contactId());
            // The user's own later decision (skip, another address) is never overridden.
            if (contact != null && contact.decision() == Decision.INVITE) {
                decisions.add(new ContactDecision(contact.id(), Decision.KNOWN, match.getValue()));
            }
            joined.add(new ServerInvitationReport.Joined(invitation.contactId(),
                    contact == null ? invitation.name() : contact.name(), match.getValue()));
            newcomers.remove(match.getValue());
        }
        choices.workspace().people().decide(decisions);
        return newcomers;
    }

    /**
     * The invitations that were used, as the server tells on a stream without login (it takes a
     * token that is still valid); every one of them when it cannot tell.
     */
    private List<Invitation> used(AccountAccess access, List<Invitation> open) {
        Instant now = clock.instant();
        List<Invitation> valid = open.stream().filter(invitation -> !invitation.expiredAt(now)).toList();
        try (XmppSession probe = access.openWithoutLogin()) {
            if (!probe.offersInviteTokens()) {
                return valid;
            }
            List<Invitation> used = new ArrayList<>();
            for (Invitation invitation : valid) {
                if (!InviteTokens.stillValid(probe, InvitationUri.parse(invitation.uri()))) {
                    used.add(invitation);
                }
            }
            return used;
        } catch (TraslocoException e) {
            if (e.kind() == TraslocoException.Kind.CANCELLED) {
                throw e;
            }
            LOG.log(Level.INFO, "The server did not tell which invitations were used: {0}", e.getMessage());
            return valid;
        }
    }

    private Made make(InviteCreator creator, ServerInvitationStore store, ProgressListener progress,
            Cancellation cancellation) {
        Instant now = clock.instant();
        Map<Long, Invitation> existing = new HashMap<>();
        store.all().forEach(invitation -> existing.put(invitation.contactId(), invitation));
        List<Contact> invited = choices.workspace().contacts().stream().filter(c -> c.decision() == Decision.INVITE)
                .toList();
        List<Contact> missing = new ArrayList<>();
        Made made = new Made();
        Set<Long> renewing = new HashSet<>();
        for (Contact contact : invited) {
            Invitation earlier = existing.get(contact.id());
            if (earlier != null && !earlier.used() && !earlier.expiredAt(now)) {
                made.kept++;
                made.allowSignUp |= InvitationUri.parse(earlier.uri()).allowsRegistration();
            } else {
                missing.add(contact);
                if (earlier != null) {
                    renewing.add(contact.id());
                }
            }
        }
        progress.progress(0, missing.size());
        for (Contact contact : missing) {
            cancellation.throwIfCancelled();
            InviteCreator.CreatedInvite created = creator.contactInvite();
            store.save(new Invitation(contact.id(), contact.name(), created.invitation().uri(), created.landingUrl(),
                    instant(created.expires()), clock.instant(), null, null));
            made.allowSignUp |= created.invitation().allowsRegistration();
            if (renewing.contains(contact.id())) {
                made.renewed++;
            } else {
                made.created++;
            }
            progress.progress(made.created + made.renewed, missing.size());
        }
        return made;
    }

    /** An XEP-0082 date and time, as the server wrote it; {@code null} when it wrote none or nonsense. */
    static Instant instant(String written) {
        if (written == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(written.strip()).toInstant();
        } catch (DateTimeParseException e) {
            LOG.log(Level.INFO, "The server gave an unreadable expiry: {0}", written);
            return null;
        }
    }

    private ServerInvitationStore store() {
        return choices.workspace().serverInvitations(account.toString());
    }

    /** Counts of one run's invitations. */
    private static final class Made {
        private int created;
        private int renewed;
        private int kept;
        private boolean allowSignUp;
    }
}
