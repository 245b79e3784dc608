package org.trasloco.app.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.importers.whatsapp.synthetic.SyntheticChat;

/** The README's "run the app" command, {@code ./trasloco}, started as a user would, after packaging. */
class LauncherIT {

    @TempDir
    Path dir;

    private static Path launcher() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("trasloco")) ? here : here.getParent();
        return root.resolve("trasloco");
    }

    @Test
    void withoutArgumentsAndWithoutAScreenItPrintsTheHelp() throws Exception {
        Result result = run(Map.of(), List.of());
        assertEquals(0, result.exit, result.err);
        assertTrue(result.out.contains("Usage: trasloco"), result.out);
        assertTrue(result.out.contains("inspect") && result.out.contains("import"), result.out);
    }

    @Test
    void javaOptionsReachTheJvm() throws Exception {
        Result result = run(Map.of("JAVA_OPTS", "-Duser.language=it -Duser.country=IT"), List.of("--help"));
        assertEquals(0, result.exit, result.err);
        assertTrue(result.out.contains("Uso: trasloco"), result.out);
    }

    @Test
    void aMillionMessagesParseInSixtyFourMegabytesOfHeap() throws Exception {
        Path export = dir.resolve("WhatsApp Chat with Big Group.txt");
        SyntheticChat.android(1_000_000).writeTo(export);
        Path output = dir.resolve("messages.ndjson");
        ProcessBuilder builder = command(Map.of("JAVA_OPTS", "-Xmx64m"), List.of("inspect", "--ndjson", export.toString()));
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        String err = read(process.getErrorStream());
        assertTrue(process.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), err);
        long lines;
        try (var stream = Files.lines(output)) {
            lines = stream.count();
        }
        assertEquals(1_000_000, lines);
    }

    private Result run(Map<String, String> environment, List<String> args) throws IOException, InterruptedException {
        Process process = command(environment, args).start();
        String out = read(process.getInputStream());
        String err = read(process.getErrorStream());
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        return new Result(process.exitValue(), out, err);
    }

    private static ProcessBuilder command(Map<String, String> environment, List<String> args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(launcher().toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("TRASLOCO_SKIP_BUILD", "1");
        builder.environment().putAll(environment);
        return builder;
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private record Result(int exit, String out, String err) {
    }
}
