package org.trasloco.core.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.trasloco.core.contacts.ExportOwner;
import org.trasloco.core.contacts.KeptPhoneBookEntry;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.contacts.PhoneBookGate;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;

/**
 * The phone-book and export-owner tables, on a connection whose transaction the caller manages
 * (a {@link SourceImport} or a {@link PeopleStore} call).
 */
final class PhoneBookTables {

    private PhoneBookTables() {
    }

    /**
     * Replaces the entries of one origin by those of {@code entries} that the privacy gate admits.
     *
     * @return how many were kept
     */
    static int keep(Connection connection, String origin, Collection<PhoneBookEntry> entries) throws SQLException {
        PhoneBookGate gate = PhoneBookGate.of(participants(connection));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM phone_book WHERE origin = ?")) {
            delete.setString(1, origin);
            delete.executeUpdate();
        }
        int kept = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO phone_book (origin, name, phones, platform_id) VALUES (?, ?, ?, ?)")) {
            for (PhoneBookEntry entry : entries) {
                if (gate.admits(entry)) {
                    insert.setString(1, origin);
                    insert.setString(2, entry.name());
                    insert.setString(3, joinPhones(entry.phones()));
                    insert.setString(4, entry.platformId());
                    insert.addBatch();
                    kept++;
                }
            }
            insert.executeBatch();
        }
        return kept;
    }

    static List<KeptPhoneBookEntry> read(Connection connection) throws SQLException {
        List<KeptPhoneBookEntry> result = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "SELECT id, origin, name, phones, platform_id FROM phone_book ORDER BY id")) {
            while (row.next()) {
                result.add(new KeptPhoneBookEntry(row.getLong(1), row.getString(2),
                        new PhoneBookEntry(row.getString(3), splitPhones(row.getString(4)), row.getString(5))));
            }
        }
        return result;
    }

    static void forget(Connection connection, Collection<Long> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM phone_book WHERE id = ?")) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    static void insertOwner(Connection connection, long sourceId, PhoneBookEntry owner) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO export_owners (source_id, name, phones, platform_id) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, sourceId);
            insert.setString(2, owner.name());
            insert.setString(3, joinPhones(owner.phones()));
            insert.setString(4, owner.platformId());
            insert.executeUpdate();
        }
    }

    /** The owners, each once however often the same export was imported. */
    static List<ExportOwner> owners(Connection connection) throws SQLException {
        List<ExportOwner> result = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("""
                SELECT s.network, o.name, o.phones, o.platform_id, min(o.rowid) AS first
                FROM export_owners o JOIN sources s ON s.id = o.source_id
                GROUP BY s.network, o.name, o.phones, o.platform_id
                ORDER BY first
                """)) {
            while (row.next()) {
                result.add(new ExportOwner(Network.ofId(row.getString(1)),
                        new PhoneBookEntry(row.getString(2), splitPhones(row.getString(3)), row.getString(4))));
            }
        }
        return result;
    }

    /** Every participant of every conversation (message counts are not needed here and are 0). */
    static List<Participant> participants(Connection connection) throws SQLException {
        List<Participant> result = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT name, platform_id, phone, saved_contact FROM participants")) {
            while (row.next()) {
                result.add(new Participant(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4), 0));
            }
        }
        return result;
    }

    private static String joinPhones(List<String> phones) {
        return String.join("\n", phones.stream().map(p -> p.replace('\n', ' ').replace('\r', ' ')).toList());
    }

    private static List<String> splitPhones(String phones) {
        return phones.isEmpty() ? List.of() : List.of(phones.split("\n"));
    }
}
