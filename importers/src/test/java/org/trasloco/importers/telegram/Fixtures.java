package org.trasloco.importers.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;

/**
 * The Telegram Desktop exports in {@code src/test/resources/org/trasloco/importers/telegram}, each
 * standing for a real-world case (see {@code fixtures.md} there), and helpers to read them.
 */
final class Fixtures {

    /** The zone the fixtures were exported in. */
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private Fixtures() {
    }

    /** The folder (or file) of a fixture. */
    static Path path(String name) {
        URL url = Fixtures.class.getResource("/org/trasloco/importers/telegram/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads an export with the zone it was made in. */
    static RecordingSink read(Path path) {
        RecordingSink sink = new RecordingSink();
        read(path, options(), sink);
        return sink;
    }

    /** Reads an export with the given options. */
    static ReadResult read(Path path, ReadOptions options, RecordingSink sink) {
        return new TelegramReader().read(path, options, sink, ProgressListener.NONE, Cancellation.NEVER);
    }

    /** Default options with the fixtures' zone. */
    static ReadOptions options() {
        return ReadOptions.defaults().withZone(ROME);
    }

    /** Copies a fixture into a folder, so that a test may damage it. */
    static Path copy(String name, Path target) {
        Path source = path(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
