package org.trasloco.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 4: a move's choices saved by an earlier wizard or upload keep their values under the move module's names. */
class ChoicesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void choicesSavedUnderTheOldNamesAreReadUnderTheNewOnes() throws Exception {
        Path file = dir.resolve("old.trasloco");
        Workspace.open(file).close();
        // What a workspace of version 3 held after the wizard's review and an upload.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO properties (key, value) VALUES ('wizard.zone', 'Europe/Rome'), "
                    + "('wizard.review.excluded', 'whatsapp/Family'), ('wizard.audience', 'HELPER'), "
                    + "('wizard.step', 'PEOPLE'), ('archive.anna@example.org.path', 'notes')");
            // What versions after 3 added.
            statement.execute("ALTER TABLE upload_ledger DROP COLUMN correspondent");
            statement.execute("ALTER TABLE upload_ledger DROP COLUMN content");
            statement.execute("DROP TABLE server_invitations");
            statement.execute("ALTER TABLE conversations DROP COLUMN language");
            statement.execute("PRAGMA user_version = 3");
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertEquals(SchemaMigrator.latestVersion(), workspace.schemaVersion());
            assertEquals(Optional.of("Europe/Rome"), workspace.property("move.zone"));
            assertEquals(Optional.of("whatsapp/Family"), workspace.property("move.excluded"));
            assertEquals(Optional.of("HELPER"), workspace.property("move.journey"));
            assertEquals(Optional.of("notes"), workspace.property("move.archive.anna@example.org.path"));
            assertEquals(Optional.of("PEOPLE"), workspace.property("wizard.step"), "the wizard's own place stays");
            assertEquals(Optional.empty(), workspace.property("wizard.zone"));
        }
    }
}
