package org.trasloco.move.choices;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.MoveMessages;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.core.address.XmppAddress;

/**
 * The user's choices for one move, read from and written to its workspace at once (the wizard
 * autosaves, the command line reads what the wizard chose). Thread-safe as the workspace is.
 */
public final class MoveChoices {

    private static final String JOURNEY = "move.journey";
    private static final String ZONE = "move.zone";
    private static final String EXCLUDED = "move.excluded";
    private static final String ACCOUNT = "move.account";
    private static final String INVITED = "move.invitations.sent";
    private static final String KIT = "move.kit";
    private static final String INVITE_LANGUAGE = "move.invitations.language.";
    private static final String INVITE_ROSTER = "move.invitations.roster.";

    private final Workspace workspace;

    private MoveChoices(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The choices kept on a workspace.
     *
     * @param workspace the move's workspace, open
     * @return its choices
     */
    public static MoveChoices of(Workspace workspace) {
        return new MoveChoices(workspace);
    }

    /** The move's workspace. */
    public Workspace workspace() {
        return workspace;
    }

    /** Who is moving, once the user said. */
    public Optional<Journey> journey() {
        return workspace.property(JOURNEY).flatMap(MoveChoices::journeyOf);
    }

    /** Remembers who is moving. */
    public void journey(Journey journey) {
        workspace.setProperty(JOURNEY, journey.name());
    }

    /** The time zone the user confirmed for exports without one, if any. */
    public Optional<ZoneId> zone() {
        return workspace.property(ZONE).flatMap(id -> {
            try {
                return Optional.of(ZoneId.of(id));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    /** The confirmed time zone, else the system's. */
    public ZoneId zoneOrSystem() {
        return zone().orElse(ZoneId.systemDefault());
    }

    /** Remembers the time zone of the exports. */
    public void zone(ZoneId zone) {
        workspace.setProperty(ZONE, zone.getId());
    }

    /**
     * Reads a zone as a person types it.
     *
     * @param text e.g. {@code Europe/Rome}
     * @return the zone
     * @throws TraslocoException {@code USAGE} when it is not a zone
     */
    public static ZoneId parseZone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.ZONE_INVALID, text);
        }
    }

    /** The conversations the user left out, as {@link #keyOf keys}. */
    public Set<String> excluded() {
        return workspace.property(EXCLUDED).map(saved -> Arrays.stream(saved.split("\n")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new))).orElseGet(LinkedHashSet::new);
    }

    /** Remembers which conversations are left out (replacing the earlier answer). */
    public void excluded(Set<String> keys) {
        workspace.setProperty(EXCLUDED, String.join("\n", keys));
    }

    /** The key of a conversation in {@link #excluded()}: {@code network/key}. */
    public static String keyOf(ConversationSummary conversation) {
        return conversation.network().id() + "/" + conversation.key();
    }

    /** The conversations that move: every one holding messages, without those left out. */
    public List<ConversationSummary> moving() {
        Set<String> left = excluded();
        return workspace.conversations().stream().filter(c -> c.messages() > 0).filter(c -> !left.contains(keyOf(c)))
                .toList();
    }

    /** The account the history moves to, once chosen. */
    public Optional<ChosenAccount> account() {
        return new AccountProperties(workspace, ACCOUNT).read();
    }

    /** Remembers the account (never its password). */
    public void account(ChosenAccount account) {
        new AccountProperties(workspace, ACCOUNT).write(account);
    }

    /** How the history went into an account's archive, and the language of its labels. */
    public Optional<ArchiveChoice> archive(XmppAddress account) {
        Optional<UploadPath> path = workspace.property(archiveKey(account, "path"))
                .map(id -> id.equals(UploadPath.NOTES.id()) ? UploadPath.NOTES : UploadPath.IMPORT);
        return path.map(chosen -> new ArchiveChoice(chosen, workspace.property(archiveKey(account, "language"))
                .map(Locale::forLanguageTag).orElse(Locale.ENGLISH)));
    }

    /** Remembers how the history went into an account's archive (a later check rebuilds the same messages). */
    public void archive(XmppAddress account, ArchiveChoice choice) {
        workspace.setProperty(archiveKey(account, "path"), choice.path().id());
        workspace.setProperty(archiveKey(account, "language"), choice.labels().toLanguageTag());
    }

    private static String archiveKey(XmppAddress account, String name) {
        return "move.archive." + account + "." + name;
    }

    /** Where the groups went for an account, once the user chose. */
    public Optional<GroupsChoice> groups(XmppAddress account) {
        return stored(archiveKey(account, "groups")).map(GroupsChoice::parse);
    }

    /** Remembers where the groups go for an account (a later check leaves groups in rooms out of the archive). */
    public void groups(XmppAddress account, GroupsChoice choice) {
        workspace.setProperty(archiveKey(account, "groups"), choice.id());
    }

    /**
     * The group chats the groups of a move went to for an account.
     *
     * @param account the account
     * @return per group ({@link #keyOf}), the room's bare address
     */
    public Map<String, String> groupRooms(XmppAddress account) {
        Map<String, String> rooms = new LinkedHashMap<>();
        String prefix = groupRoomKey(account, "");
        for (ConversationSummary conversation : workspace.conversations()) {
            stored(prefix + keyOf(conversation)).ifPresent(room -> rooms.put(keyOf(conversation), room));
        }
        return rooms;
    }

    /**
     * Remembers the group chat a group went to, or forgets it.
     *
     * @param account the account
     * @param group the group ({@link #keyOf})
     * @param room the room's bare address, or {@code null} to forget
     */
    public void groupRoom(XmppAddress account, String group, String room) {
        workspace.setProperty(groupRoomKey(account, group), room == null ? "" : room);
    }

    /**
     * The groups whose history is in group chats of an account, not in its own archive: those with a
     * room, while the account's groups go to rooms.
     *
     * @param account the account
     * @return their keys ({@link #keyOf})
     */
    public Set<String> groupsInRooms(XmppAddress account) {
        if (groups(account).orElse(GroupsChoice.NOTES) != GroupsChoice.ROOMS) {
            return Set.of();
        }
        return groupRooms(account).keySet();
    }

    private static String groupRoomKey(XmppAddress account, String group) {
        return archiveKey(account, "room." + group);
    }

    /** The people (contact ids) whose invitation the user marked as sent. */
    public Set<Long> invitationsSent() {
        return workspace.property(INVITED).map(saved -> Arrays.stream(saved.split(",")).filter(s -> !s.isBlank())
                .map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new))).orElseGet(LinkedHashSet::new);
    }

    /** Marks a person's invitation as sent, or not. */
    public void invitationSent(long contactId, boolean sent) {
        Set<Long> ids = invitationsSent();
        if (sent ? ids.add(contactId) : ids.remove(contactId)) {
            workspace.setProperty(INVITED, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    /** The result of the last read-back of an account's archive, if there was one. */
    public Optional<Verified> verified(XmppAddress account) {
        Optional<String> confirmed = stored(archiveKey(account, "confirmed"));
        Optional<String> expected = stored(archiveKey(account, "expected"));
        Optional<String> at = stored(archiveKey(account, "verifiedAt"));
        if (confirmed.isEmpty() || expected.isEmpty() || at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Verified(Long.parseLong(confirmed.get()), Long.parseLong(expected.get()),
                Instant.parse(at.get())));
    }

    /** Remembers the result of a read-back of an account's archive. */
    public void verified(XmppAddress account, Verified result) {
        workspace.setProperty(archiveKey(account, "confirmed"), Long.toString(result.confirmed()));
        workspace.setProperty(archiveKey(account, "expected"), Long.toString(result.expected()));
        workspace.setProperty(archiveKey(account, "verifiedAt"), result.at().toString());
    }

    /**
     * What a read-back found.
     *
     * @param confirmed messages found in the archive once and as sent
     * @param expected messages that should be there
     * @param at when it was read
     */
    public record Verified(long confirmed, long expected, Instant at) {
        /** Whether every message was confirmed. */
        public boolean complete() {
            return confirmed == expected;
        }
    }

    /** The language a person's invitation is written in, when the user chose one. */
    public Optional<Locale> invitationLanguage(long contactId) {
        return stored(INVITE_LANGUAGE + contactId).map(Locale::forLanguageTag);
    }

    /** Remembers the language of a person's invitation. */
    public void invitationLanguage(long contactId, Locale language) {
        workspace.setProperty(INVITE_LANGUAGE + contactId, language.toLanguageTag());
    }

    /**
     * The mutual contacts an account had when its server last made invitations: whoever is a mutual
     * contact later and not among them may have used one.
     *
     * @param account the account
     * @return their addresses, or empty before the server made any
     */
    public Optional<Set<String>> invitationRoster(XmppAddress account) {
        return workspace.property(INVITE_ROSTER + account.bare()).map(saved -> Arrays.stream(saved.split("\n"))
                .filter(s -> !s.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /**
     * Remembers an account's mutual contacts at the time its server made invitations.
     *
     * @param account the account
     * @param addresses their addresses
     */
    public void invitationRoster(XmppAddress account, Set<String> addresses) {
        workspace.setProperty(INVITE_ROSTER + account.bare(), String.join("\n", addresses));
    }

    /** Where the kit was saved last, if it was. */
    public Optional<Path> kit() {
        return stored(KIT).map(Path::of);
    }

    /** Remembers where the kit was saved. */
    public void kit(Path file) {
        workspace.setProperty(KIT, file.toAbsolutePath().toString());
    }

    /** A value that is set and not blank (a cleared value is stored as an empty text). */
    private Optional<String> stored(String key) {
        return workspace.property(key).filter(value -> !value.isBlank());
    }

    private static Optional<Journey> journeyOf(String name) {
        try {
            return Optional.of(Journey.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
