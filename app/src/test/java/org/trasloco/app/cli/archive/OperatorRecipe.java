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
import org.trasloco.xmpp.testing.TestProsody;

/**
 * What a server's operator does with the history file Trasloco writes for them: the recipe of
 * {@code docs/operators.md} (the shell block marked {@code # trasloco-recipe: import-pie}), run as it
 * is with a test server's values in its five variables. The test controls its own server, so the
 * recipe's {@code prosodyctl stop} and {@code start} are stood in for by stopping and restarting it.
 */
public final class OperatorRecipe {

    private OperatorRecipe() {
    }

    /**
     * Imports a file into a test server the documented way.
     *
     * @param prosody the server (stopped and restarted)
     * @param pie the file
     * @param storage {@code internal} or {@code sql}, as the server is configured
     * @return what the recipe printed
     * @throws Exception when the recipe cannot be run
     */
    public static String importFile(TestProsody prosody, Path pie, String storage) throws Exception {
        Path data = prosody.baseDirectory().resolve("data");
        String script = recipe().replaceFirst("(?m)^DOMAIN=.*$", "DOMAIN=" + prosody.domain())
                .replaceFirst("(?m)^PIE=.*$", "PIE='" + pie + "'")
                .replaceFirst("(?m)^DATA=.*$", "DATA='" + data + "'")
                .replaceFirst("(?m)^STORAGE=.*$", "STORAGE=" + storage)
                .replaceFirst("(?m)^SQL_DATABASE=.*$", "SQL_DATABASE='" + data.resolve("prosody.sqlite") + "'");
        prosody.stop();
        ownedByProsodyWhenRoot(prosody.baseDirectory(), data);
        String output = bash("prosodyctl() { echo \"(test: prosodyctl $*)\"; }\n" + script);
        prosody.restart();
        return output;
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
