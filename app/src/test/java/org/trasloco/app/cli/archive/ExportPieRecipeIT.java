package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * internal and SQL storage.
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

        Path data = prosody.baseDirectory().resolve("data");
        String script = recipe().replaceFirst("(?m)^DOMAIN=.*$", "DOMAIN=" + prosody.domain())
                .replaceFirst("(?m)^PIE=.*$", "PIE='" + pie + "'")
                .replaceFirst("(?m)^DATA=.*$", "DATA='" + data + "'")
                .replaceFirst("(?m)^STORAGE=.*$", "STORAGE=" + storage)
                .replaceFirst("(?m)^SQL_DATABASE=.*$", "SQL_DATABASE='" + data.resolve("prosody.sqlite") + "'");
        prosody.stop();
        ownedByProsodyWhenRoot(prosody.baseDirectory(), data);
        // The test controls its own server: prosodyctl stop and start are stood in for.
        String output = bash("prosodyctl() { echo \"(test: prosodyctl $*)\"; }\n" + script);
        assertTrue(output.contains("Migrating user " + anna.jid() + " store archive (archive)"), output);
        assertTrue(output.contains("Done!"), output);
        prosody.restart();

        CliRun verify = CliRun.withInput(anna.password() + "\n",
                ArchiveCommandsIT.command(prosody, "verify", workspace, anna, "--path", "import"));
        assertEquals(ExitCodes.OK, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().endsWith("\n100 of 100 messages confirmed on the server.\n"), verify.out());
    }

    /** The recipe block of docs/operators.md. */
    private static String recipe() throws IOException {
        Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path doc = directory.resolve("docs").resolve("operators.md");
            if (Files.exists(doc)) {
                Matcher block = Pattern.compile("```sh\n(# trasloco-recipe: import-pie\n.*?)```", Pattern.DOTALL)
                        .matcher(Files.readString(doc, StandardCharsets.UTF_8));
                if (!block.find()) {
                    throw new AssertionError("docs/operators.md has no block marked # trasloco-recipe: import-pie");
                }
                return block.group(1);
            }
        }
        throw new AssertionError("docs/operators.md not found above " + start);
    }

    /** As on a real installation, where the data directory belongs to the user Prosody runs as. */
    private static void ownedByProsodyWhenRoot(Path base, Path data) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        bash("chmod o+x '" + base + "' && chown -R prosody '" + data + "'");
    }

    private static String bash(String script) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the recipe finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
