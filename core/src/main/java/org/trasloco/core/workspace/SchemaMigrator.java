package org.trasloco.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a workspace's schema to the newest version, forward only, in one transaction.
 *
 * <p>Version {@code n} is the script {@code V<n>__*.sql} listed in {@link #SCRIPTS}. A new version
 * adds a script at the end of the list; scripts are never edited once released.
 */
final class SchemaMigrator {

    /** "TRLC": marks a SQLite file as a Trasloco workspace. */
    static final int APPLICATION_ID = 0x54524C43;

    /** Migration scripts, oldest first; the list index plus one is the version they lead to. */
    private static final List<String> SCRIPTS = List.of("V1__history.sql", "V2__people.sql",
            "V3__upload_ledger.sql", "V4__move_choices.sql", "V5__invitations_and_changes.sql",
            "V6__export_language.sql");

    private SchemaMigrator() {
    }

    /** The migration scripts, oldest first: {@code V<n>__…sql} leads to version n. */
    static List<String> scripts() {
        return SCRIPTS;
    }

    /** The version this program writes. */
    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** The schema version stored in the file (0 for an empty file). */
    static int currentVersion(Connection connection) throws SQLException {
        return pragmaInt(connection, "user_version");
    }

    /** The application id stored in the file (0 for an empty file or another program's file). */
    static int applicationId(Connection connection) throws SQLException {
        return pragmaInt(connection, "application_id");
    }

    /** Applies every script after {@code fromVersion}. The caller has checked it is not too new. */
    static void migrate(Connection connection, int fromVersion) throws SQLException {
        if (fromVersion >= latestVersion()) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (int version = fromVersion + 1; version <= latestVersion(); version++) {
                for (String sql : statements(SCRIPTS.get(version - 1))) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + latestVersion());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /** Splits a script into statements: they end with ';' at the end of a line; '--' starts a comment. */
    private static List<String> statements(String script) {
        String text;
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing from the build: " + script);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder withoutComments = new StringBuilder();
        for (String line : text.split("\n")) {
            int comment = line.indexOf("--");
            withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return List.of(withoutComments.toString().split(";\\s*\n")).stream()
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }
}
