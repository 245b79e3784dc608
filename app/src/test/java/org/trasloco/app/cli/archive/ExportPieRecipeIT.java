package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * The operator path end to end: {@code trasloco export-pie} writes the file, the recipe of
 * {@code docs/operators.md} (the shell block marked {@code # trasloco-recipe: import-pie}, run as it
 * is, with this server's values in its five variables) imports it with Prosody's migrator, and
 * {@code trasloco verify} reads every message back with its original date. Stock Prosody, no module;
 * internal and SQL storage. ({@link OperatorRecipe} runs the recipe.)
 */
class ExportPieRecipeIT {

    @RegisterExtension
    static final ProsodyExtension INTERNAL = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false));

    @RegisterExtension
    static final ProsodyExtension SQL = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withStorage(ProsodyConfig.Storage.SQL));

    @TempDir
    Path dir;

    @Test
    void theDocumentedRecipeImportsTheFileIntoInternalStorage() throws Exception {
        importThroughTheRecipe(INTERNAL.server(), "internal");
    }

    @Test
    void theDocumentedRecipeImportsTheFileIntoSqlStorage() throws Exception {
        importThroughTheRecipe(SQL.server(), "sql");
    }

    private void importThroughTheRecipe(TestProsody prosody, String storage) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        Path workspace = ArchiveCommandsIT.workspace(dir, 2, 40, 20);
        Path pie = dir.resolve(anna.jid() + ".xml");
        CliRun export = CliRun.of("export-pie", "--workspace", workspace.toString(), "--jid", anna.jid(), "-o",
                pie.toString(), "--zone", "UTC", "--lang", "en");
        assertEquals(ExitCodes.OK, export.exit(), export.err());

        String output = OperatorRecipe.importFile(prosody, pie, storage);
        assertTrue(output.contains("Migrating user " + anna.jid() + " store archive (archive)"), output);
        assertTrue(output.contains("Done!"), output);

        CliRun verify = CliRun.withInput(anna.password() + "\n",
                ArchiveCommandsIT.command(prosody, "verify", workspace, anna, "--path", "import"));
        assertEquals(ExitCodes.OK, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().endsWith("\n100 of 100 messages confirmed on the server.\n"), verify.out());
    }
}
