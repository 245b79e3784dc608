package org.trasloco.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

    @TempDir
    Path dir;

    @Test
    void eachScriptIsNamedForTheVersionItLeadsTo() {
        List<String> scripts = SchemaMigrator.scripts();
        for (int i = 0; i < scripts.size(); i++) {
            assertTrue(scripts.get(i).startsWith("V" + (i + 1) + "__") && scripts.get(i).endsWith(".sql"),
                    "script " + (i + 1) + " is " + scripts.get(i));
        }
        assertEquals(scripts.size(), SchemaMigrator.latestVersion());
    }

    @Test
    void aWorkspaceOfVersion2GetsTheUploadLedgerAndKeepsItsPeople() throws Exception {
        Path file = dir.resolve("people.trasloco");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.setProperty("wizard.step", "people");
        }
        // What a workspace of version 2 (history and people, before the upload ledger) looks like.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE upload_media");
            statement.execute("DROP TABLE upload_ledger");
            statement.execute("DROP TABLE server_invitations");
            statement.execute("ALTER TABLE conversations DROP COLUMN language");
            statement.execute("PRAGMA user_version = 2");
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertEquals(SchemaMigrator.latestVersion(), workspace.schemaVersion());
            assertEquals("people", workspace.property("wizard.step").orElseThrow());
            assertEquals(List.of(), workspace.contacts());
            UploadLedger ledger = workspace.uploadLedger("anna@example.org");
            ledger.markSent(List.of("a"), "import", Instant.parse("2024-05-01T10:00:00Z"));
            assertEquals(new UploadLedger.Counts(1, 0), ledger.counts());
        }
    }

    @Test
    void aWorkspaceOfVersion4KeepsItsLedgerAndGetsServerInvitations() throws Exception {
        Path file = dir.resolve("uploaded.trasloco");
        Instant at = Instant.parse("2024-05-01T10:00:00Z");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.uploadLedger("anna@example.org").markSent(List.of("a", "b"), "import", at);
            workspace.uploadLedger("anna@example.org").markAcknowledged(List.of("a"), at);
        }
        // What a workspace of version 4 looks like: a ledger without what the messages looked like.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE upload_ledger DROP COLUMN correspondent");
            statement.execute("ALTER TABLE upload_ledger DROP COLUMN content");
            statement.execute("DROP TABLE server_invitations");
            statement.execute("ALTER TABLE conversations DROP COLUMN language");
            statement.execute("PRAGMA user_version = 4");
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertEquals(SchemaMigrator.latestVersion(), workspace.schemaVersion());
            UploadLedger ledger = workspace.uploadLedger("anna@example.org");
            assertEquals(new UploadLedger.Counts(2, 1), ledger.counts());
            assertEquals(java.util.Map.of("a", new UploadLedger.Sent("a", null, null)), ledger.confirmed(),
                    "sent before the ledger kept what messages looked like: nothing to compare");
            assertEquals(List.of(), workspace.serverInvitations("anna@example.org").all());
        }
    }
}
