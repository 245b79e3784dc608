package org.trasloco.core.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.ContactDraft;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.ExportOwner;
import org.trasloco.core.contacts.KeptPhoneBookEntry;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.contacts.ParticipantLink;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.contacts.SystemLine;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;

/**
 * The people part of a workspace: contacts, what they are made of, the user's decisions and
 * corrections, the kept phone-book entries and the export owners. Get it with
 * {@link Workspace#people()}. Computing who is who is the people feature's job; this class stores
 * and reads. Every write is one transaction.
 */
public final class PeopleStore {

    private static final String UPDATE_CONTACT =
            "UPDATE contacts SET name = ?, decision = ?, xmpp_address = ? WHERE id = ?";
    private static final String INSERT_CONTACT =
            "INSERT INTO contacts (name, decision, xmpp_address) VALUES (?, ?, ?)";
    private static final String INSERT_DETAIL =
            "INSERT INTO contact_details (contact_id, kind, position, value) VALUES (?, ?, ?, ?)";
    private static final String INSERT_MEMBER =
            "INSERT INTO contact_members (conversation_id, participant_name, contact_id) VALUES (?, ?, ?)";
    private static final String ALIAS = "alias";
    private static final String PHONE = "phone";
    private static final String PLATFORM = "platform";

    private final Workspace workspace;
    private final Connection connection;

    PeopleStore(Workspace workspace, Connection connection) {
        this.workspace = workspace;
        this.connection = connection;
    }

    /**
     * The contacts as the people feature last saved them, oldest first.
     *
     * @return every contact
     */
    public List<Contact> contacts() {
        synchronized (workspace) {
            return workspace.call(this::readContacts);
        }
    }

    /**
     * Which stored contact each participant belongs to.
     *
     * @return contact ids by participant; participants imported since the last save are absent
     */
    public Map<ParticipantKey, Long> memberships() {
        synchronized (workspace) {
            return workspace.call(() -> {
                Map<ParticipantKey, Long> result = new LinkedHashMap<>();
                try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("""
                        SELECT c.network, c.key, m.participant_name, m.contact_id
                        FROM contact_members m JOIN conversations c ON c.id = m.conversation_id
                        ORDER BY m.contact_id, c.id, m.participant_name
                        """)) {
                    while (row.next()) {
                        result.put(new ParticipantKey(Network.ofId(row.getString(1)), row.getString(2), row.getString(3)),
                                row.getLong(4));
                    }
                }
                return result;
            });
        }
    }

    /**
     * Every participant of every conversation, with the number of messages they wrote there, in
     * the order of the conversations' ids.
     *
     * @return the participants
     */
    public List<ChatParticipant> participants() {
        String sql = """
                SELECT c.network, c.key, c.title, c.kind, p.name, p.platform_id, p.phone, p.saved_contact,
                       coalesce(w.written, 0)
                FROM participants p
                JOIN conversations c ON c.id = p.conversation_id
                LEFT JOIN (SELECT conversation_id, author, count(*) AS written FROM messages
                           WHERE author IS NOT NULL GROUP BY conversation_id, author) w
                       ON w.conversation_id = p.conversation_id AND w.author = p.name
                ORDER BY c.id, p.name
                """;
        synchronized (workspace) {
            return workspace.call(() -> {
                List<ChatParticipant> result = new ArrayList<>();
                try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                    while (row.next()) {
                        Network network = Network.ofId(row.getString(1));
                        result.add(new ChatParticipant(new ParticipantKey(network, row.getString(2), row.getString(5)),
                                row.getString(3), ConversationKind.valueOf(row.getString(4).toUpperCase(Locale.ROOT)),
                                new Participant(row.getString(5), row.getString(6), row.getString(7), row.getBoolean(8),
                                        row.getLong(9))));
                    }
                }
                return result;
            });
        }
    }

    /**
     * The texts of the system lines of one network's conversations, in time order.
     *
     * @param network the network
     * @return the lines
     */
    public List<SystemLine> systemLines(Network network) {
        synchronized (workspace) {
            return workspace.call(() -> {
                List<SystemLine> result = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT c.key, m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id
                        WHERE m.kind = 'system' AND c.network = ? ORDER BY m.conversation_id, m.local_time, m.seq
                        """)) {
                    select.setString(1, network.id());
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            result.add(new SystemLine(network, row.getString(1), row.getString(2)));
                        }
                    }
                }
                return result;
            });
        }
    }

    /**
     * Who made the imported exports, where the exports say so, in import order.
     *
     * @return the owners
     */
    public List<ExportOwner> exportOwners() {
        synchronized (workspace) {
            return workspace.call(() -> PhoneBookTables.owners(connection));
        }
    }

    /**
     * The kept phone-book entries, in the order they were kept.
     *
     * @return the entries
     */
    public List<KeptPhoneBookEntry> phoneBook() {
        synchronized (workspace) {
            return workspace.call(() -> PhoneBookTables.read(connection));
        }
    }

    /**
     * Keeps the entries of a phone book that may be someone in the history (see
     * {@link org.trasloco.core.contacts.PhoneBookGate}), replacing what was kept earlier from the
     * same origin. The other entries are not written anywhere.
     *
     * @param origin where the entries come from, e.g. {@code vcard:contacts.vcf}
     * @param entries the whole phone book
     * @return how many entries were kept
     */
    public int keepPhoneBook(String origin, Collection<PhoneBookEntry> entries) {
        synchronized (workspace) {
            return workspace.transaction(() -> PhoneBookTables.keep(connection, origin, entries));
        }
    }

    /**
     * Forgets kept entries (the people feature could not tie them to anyone after all).
     *
     * @param ids the entries' ids
     */
    public void forgetPhoneBookEntries(Collection<Long> ids) {
        synchronized (workspace) {
            workspace.transaction(() -> {
                PhoneBookTables.forget(connection, ids);
                return null;
            });
        }
    }

    /**
     * Replaces every stored contact by the given ones: a draft with an id continues that contact
     * (and keeps it for other features that refer to it), a draft with id 0 becomes a new contact,
     * a stored contact without a draft is removed.
     *
     * @param drafts the contacts as computed now
     * @return the saved contacts, in the order of the drafts
     */
    public List<Contact> saveContacts(List<ContactDraft> drafts) {
        synchronized (workspace) {
            return workspace.transaction(() -> {
                Set<Long> kept = new HashSet<>();
                for (ContactDraft draft : drafts) {
                    if (draft.id() > 0 && !kept.add(draft.id())) {
                        throw new IllegalArgumentException("two drafts continue contact " + draft.id());
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DELETE FROM contact_members");
                    statement.execute("DELETE FROM contact_details");
                }
                deleteContactsExcept(kept);
                Map<ParticipantKey, Long> conversationIds = new HashMap<>();
                List<Contact> saved = new ArrayList<>();
                // Prepared once for all drafts (thousands of people in a refresh); details and members
                // are written in one batch each at the end.
                try (PreparedStatement update = connection.prepareStatement(UPDATE_CONTACT);
                        PreparedStatement insert = connection.prepareStatement(INSERT_CONTACT,
                                Statement.RETURN_GENERATED_KEYS);
                        PreparedStatement details = connection.prepareStatement(INSERT_DETAIL);
                        PreparedStatement members = connection.prepareStatement(INSERT_MEMBER)) {
                    for (ContactDraft draft : drafts) {
                        long id = upsertContact(update, insert, draft);
                        addDetails(details, id, ALIAS, draft.aliases());
                        addDetails(details, id, PHONE, draft.phones());
                        addDetails(details, id, PLATFORM, draft.platformIds());
                        addMembers(members, id, draft.members(), conversationIds);
                        saved.add(new Contact(id, draft.name(), draft.aliases(), draft.phones(), draft.platformIds(),
                                draft.xmppAddress(), draft.decision()));
                    }
                    details.executeBatch();
                    members.executeBatch();
                }
                return saved;
            });
        }
    }

    /**
     * Records decisions, all or none. At most one contact is {@link Decision#ME}: giving it to one
     * takes it from any other, which becomes undecided.
     *
     * @param decisions the decisions
     * @throws IllegalArgumentException when a contact does not exist or two decisions say "me"
     */
    public void decide(List<ContactDecision> decisions) {
        long me = decisions.stream().filter(d -> d.decision() == Decision.ME).count();
        if (me > 1) {
            throw new IllegalArgumentException("only one contact can be the user");
        }
        synchronized (workspace) {
            workspace.transaction(() -> {
                if (me == 1) {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("UPDATE contacts SET decision = 'undecided' WHERE decision = 'me'");
                    }
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE contacts SET decision = ?, xmpp_address = ? WHERE id = ?")) {
                    for (ContactDecision decision : decisions) {
                        update.setString(1, decision.decision().id());
                        update.setString(2, decision.xmppAddress());
                        update.setLong(3, decision.contactId());
                        if (update.executeUpdate() != 1) {
                            throw new IllegalArgumentException("no contact " + decision.contactId());
                        }
                    }
                }
                return null;
            });
        }
    }

    /**
     * The user's corrections, oldest first.
     *
     * @return the links
     */
    public List<ParticipantLink> links() {
        synchronized (workspace) {
            return workspace.call(() -> {
                List<ParticipantLink> result = new ArrayList<>();
                try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("""
                        SELECT a.network, a.key, l.first_name, b.network, b.key, l.second_name, l.same
                        FROM participant_links l
                        JOIN conversations a ON a.id = l.first_conversation_id
                        JOIN conversations b ON b.id = l.second_conversation_id
                        ORDER BY l.rowid
                        """)) {
                    while (row.next()) {
                        result.add(new ParticipantLink(
                                new ParticipantKey(Network.ofId(row.getString(1)), row.getString(2), row.getString(3)),
                                new ParticipantKey(Network.ofId(row.getString(4)), row.getString(5), row.getString(6)),
                                row.getBoolean(7)));
                    }
                }
                return result;
            });
        }
    }

    /**
     * Records corrections, replacing any earlier correction between the same two participants.
     *
     * @param links the corrections
     */
    public void link(List<ParticipantLink> links) {
        synchronized (workspace) {
            workspace.transaction(() -> {
                Map<ParticipantKey, Long> conversationIds = new HashMap<>();
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO participant_links (first_conversation_id, first_name, second_conversation_id,
                            second_name, same) VALUES (?, ?, ?, ?, ?)
                        """)) {
                    deleteLinks(links, conversationIds);
                    for (ParticipantLink link : links) {
                        insert.setLong(1, conversationId(link.first(), conversationIds));
                        insert.setString(2, link.first().name());
                        insert.setLong(3, conversationId(link.second(), conversationIds));
                        insert.setString(4, link.second().name());
                        insert.setBoolean(5, link.same());
                        insert.executeUpdate();
                    }
                }
                return null;
            });
        }
    }

    /**
     * Removes the corrections between the given pairs of participants, whatever they said (the
     * {@link ParticipantLink#same()} of the arguments is ignored).
     *
     * @param pairs the pairs
     */
    public void unlink(Collection<ParticipantLink> pairs) {
        synchronized (workspace) {
            workspace.transaction(() -> {
                deleteLinks(pairs, new HashMap<>());
                return null;
            });
        }
    }

    private void deleteLinks(Collection<ParticipantLink> pairs, Map<ParticipantKey, Long> conversationIds)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                DELETE FROM participant_links WHERE first_conversation_id = ? AND first_name = ?
                    AND second_conversation_id = ? AND second_name = ?
                """)) {
            for (ParticipantLink pair : pairs) {
                long first = conversationId(pair.first(), conversationIds);
                long second = conversationId(pair.second(), conversationIds);
                for (boolean swapped : new boolean[] {false, true}) {
                    delete.setLong(1, swapped ? second : first);
                    delete.setString(2, (swapped ? pair.second() : pair.first()).name());
                    delete.setLong(3, swapped ? first : second);
                    delete.setString(4, (swapped ? pair.first() : pair.second()).name());
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
    }

    private List<Contact> readContacts() throws SQLException {
        Map<Long, List<List<String>>> details = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "SELECT contact_id, kind, value FROM contact_details ORDER BY contact_id, kind, position")) {
            while (row.next()) {
                List<List<String>> lists = details.computeIfAbsent(row.getLong(1),
                        id -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                lists.get(kindIndex(row.getString(2))).add(row.getString(3));
            }
        }
        List<Contact> result = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "SELECT id, name, decision, xmpp_address FROM contacts ORDER BY id")) {
            while (row.next()) {
                List<List<String>> lists = details.getOrDefault(row.getLong(1), List.of(List.of(), List.of(), List.of()));
                result.add(new Contact(row.getLong(1), row.getString(2), lists.get(0), lists.get(1), lists.get(2),
                        row.getString(4), Decision.ofId(row.getString(3))));
            }
        }
        return result;
    }

    private static int kindIndex(String kind) {
        return switch (kind) {
            case ALIAS -> 0;
            case PHONE -> 1;
            case PLATFORM -> 2;
            default -> throw new IllegalStateException("unknown contact detail: " + kind);
        };
    }

    private void deleteContactsExcept(Set<Long> kept) throws SQLException {
        List<Long> gone = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT id FROM contacts")) {
            while (row.next()) {
                if (!kept.contains(row.getLong(1))) {
                    gone.add(row.getLong(1));
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM contacts WHERE id = ?")) {
            for (long id : gone) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static long upsertContact(PreparedStatement update, PreparedStatement insert, ContactDraft draft)
            throws SQLException {
        if (draft.id() > 0) {
            update.setString(1, draft.name());
            update.setString(2, draft.decision().id());
            update.setString(3, draft.xmppAddress());
            update.setLong(4, draft.id());
            if (update.executeUpdate() == 1) {
                return draft.id();
            }
            throw new IllegalArgumentException("no contact " + draft.id() + " to continue");
        }
        insert.setString(1, draft.name());
        insert.setString(2, draft.decision().id());
        insert.setString(3, draft.xmppAddress());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void addDetails(PreparedStatement insert, long id, String kind, List<String> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            insert.setLong(1, id);
            insert.setString(2, kind);
            insert.setInt(3, i);
            insert.setString(4, values.get(i));
            insert.addBatch();
        }
    }

    private void addMembers(PreparedStatement insert, long id, List<ParticipantKey> members,
            Map<ParticipantKey, Long> conversationIds) throws SQLException {
        for (ParticipantKey member : members) {
            insert.setLong(1, conversationId(member, conversationIds));
            insert.setString(2, member.name());
            insert.setLong(3, id);
            insert.addBatch();
        }
    }

    /** The conversation's row id; the cache is keyed by conversation (the name part is ignored). */
    private long conversationId(ParticipantKey key, Map<ParticipantKey, Long> cache) throws SQLException {
        ParticipantKey conversation = new ParticipantKey(key.network(), key.conversationKey(), "");
        Long cached = cache.get(conversation);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM conversations WHERE network = ? AND key = ?")) {
            select.setString(1, key.network().id());
            select.setString(2, key.conversationKey());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no conversation " + key.network().id() + " " + key.conversationKey());
                }
                cache.put(conversation, row.getLong(1));
                return row.getLong(1);
            }
        }
    }
}
