package org.trasloco.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test class's {@code main} in a JVM of its own, to measure what a test promises about memory:
 * with a small {@code -Xmx}, a read that keeps more than it should ends in an {@link OutOfMemoryError}
 * there instead of passing unnoticed in the test JVM's large heap.
 */
public final class ForkedJvm {

    private ForkedJvm() {
    }

    /**
     * The outcome of a run.
     *
     * @param exit the exit code
     * @param output standard output and error, interleaved
     */
    public record Result(int exit, String output) {
    }

    /**
     * Runs {@code mainClass} with the test class path.
     *
     * @param maxHeap the heap limit, e.g. {@code 48m}
     * @param mainClass the class whose {@code main} runs
     * @param args its arguments
     * @return exit code and output
     * @throws IOException when the JVM cannot be started
     * @throws InterruptedException when interrupted while waiting
     */
    public static Result run(String maxHeap, Class<?> mainClass, String... args) throws IOException, InterruptedException {
        return run(List.of("-Xmx" + maxHeap), mainClass, args);
    }

    /**
     * Runs {@code mainClass} with the test class path and the given JVM options.
     *
     * @param jvmOptions options such as {@code -Xmx48m} or {@code -Djava.io.tmpdir=…}
     * @param mainClass the class whose {@code main} runs
     * @param args its arguments
     * @return exit code and output
     * @throws IOException when the JVM cannot be started
     * @throws InterruptedException when interrupted while waiting
     */
    public static Result run(List<String> jvmOptions, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the forked JVM did not end");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
