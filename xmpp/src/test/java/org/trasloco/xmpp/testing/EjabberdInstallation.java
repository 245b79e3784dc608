package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Finds ejabberd (Debian's package: its Erlang applications under {@code /usr/lib/<arch>/}) and
 * the Erlang runtime that runs it, and builds Trasloco's {@code mod_archive_import} from the
 * repository's {@code server/ejabberd/} once per test run. Under {@code CI=true} a missing ejabberd
 * fails the build; elsewhere its tests are skipped with a message that says how to install it.
 */
public final class EjabberdInstallation {

    /** What to do when ejabberd is missing. */
    public static final String HOW_TO_INSTALL = "ejabberd is not installed, so the ejabberd integration tests cannot "
            + "run. Install it with: sudo apt-get install ejabberd erlang-p1-sqlite3 (Debian/Ubuntu; the tests start it "
            + "themselves on 127.0.0.1 and need no running service). .ci/run installs it automatically.";

    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static final Object BUILD_LOCK = new Object();
    private static Path builtModule;

    private final Path erl;
    private final Path library;

    private EjabberdInstallation(Path erl, Path library) {
        this.erl = erl;
        this.library = library;
    }

    /**
     * The installation, or the end of the test: a failure under {@code CI=true}, a reported skip elsewhere.
     *
     * @return the installation
     */
    public static EjabberdInstallation require() {
        Optional<Path> erl = ProsodyInstallation.onPath("erl");
        Optional<Path> library = ejabberdLibrary();
        if (erl.isPresent() && library.isPresent()) {
            return new EjabberdInstallation(erl.get(), library.get());
        }
        throw MissingServer.end(HOW_TO_INSTALL, WARNED);
    }

    /** The Erlang runtime ({@code erl}). */
    public Path erl() {
        return erl;
    }

    /** ejabberd's application directory, e.g. {@code /usr/lib/x86_64-linux-gnu/ejabberd-23.01}. */
    public Path library() {
        return library;
    }

    /** Where the Erlang runtime finds ejabberd's applications ({@code ERL_LIBS}). */
    public Path libraries() {
        return library.getParent();
    }

    /** The version, e.g. {@code 23.01}. */
    public String version() {
        String name = library.getFileName().toString();
        return name.substring(name.indexOf('-') + 1);
    }

    /**
     * Trasloco's module, compiled from {@code server/ejabberd/} with its {@code build.sh} (once per
     * test run; a module that does not compile fails the test).
     *
     * @return the directory with the {@code .beam} files
     */
    public Path archiveImportModule() {
        synchronized (BUILD_LOCK) {
            if (builtModule == null) {
                Path sources = LoopbackServers.repositoryDirectory("server/ejabberd").orElseThrow(
                        () -> new IllegalStateException("server/ejabberd/ not found: run the tests from a checkout"));
                try {
                    Path out = Files.createTempDirectory("trasloco-ejabberd-module-");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> LoopbackServers.deleteTree(out),
                            "test-ejabberd-module-cleanup"));
                    LoopbackServers.run(List.of("sh", sources.resolve("build.sh").toString(), out.toString()),
                            Duration.ofMinutes(2), "server/ejabberd/build.sh could not build mod_archive_import");
                    builtModule = out;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return builtModule;
        }
    }

    /** ejabberd's application directory: the first {@code ejabberd-VERSION} with an ebin/ejabberd.app. */
    private static Optional<Path> ejabberdLibrary() {
        for (Path root : List.of(Path.of("/usr/lib"), Path.of("/usr/lib/erlang/lib"), Path.of("/usr/local/lib"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> children = Files.list(root)) {
                Optional<Path> found = children.flatMap(EjabberdInstallation::candidates)
                        .filter(dir -> Files.isRegularFile(dir.resolve("ebin").resolve("ejabberd.app")))
                        .sorted().findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** {@code DIR} itself when it is an {@code ejabberd-*} directory, else its {@code ejabberd-*} children. */
    private static Stream<Path> candidates(Path dir) {
        if (dir.getFileName().toString().startsWith("ejabberd-")) {
            return Stream.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(child -> child.getFileName().toString().startsWith("ejabberd-")).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
