package org.trasloco.keepsake.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.importers.ReadOptions;

/**
 * Workspaces built the way a user builds them: the importers' own fixture exports (real WhatsApp
 * and Telegram layouts, see their README and fixtures.md) read by the real importers.
 */
public final class Fixtures {

    /** The exporters' zone of the Telegram fixtures. */
    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private Fixtures() {
    }

    /** A fixture of the importers module, e.g. {@code telegram/chat-pair-personal/json}. */
    public static Path export(String relative) {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path path = module.getParent().resolve("importers/src/test/resources/org/trasloco/importers").resolve(relative);
        assertTrue(Files.exists(path), "fixture " + path);
        return path;
    }

    /**
     * The family history the tests share: WhatsApp chats (emoji, Italian markers, Arabic, a group's
     * system lines, iOS omitted, deleted and edited messages) and two Telegram exports. Fixtures
     * saved as {@code chat.txt} are copied under the name the phone gives an export ("WhatsApp Chat
     * with …"), since WhatsApp names a conversation after its file.
     *
     * @param scratch a folder for the renamed copies
     * @return the exports
     */
    public static Path[] family(Path scratch) throws IOException {
        Path named = Files.createDirectories(scratch.resolve("named-exports"));
        return new Path[] {
            export("whatsapp/fixtures/h01-android-en-gb-24h/WhatsApp Chat with Sunday ride.txt"),
            export("whatsapp/fixtures/p17a-android-it-markers/Chat WhatsApp con Mamma.txt"),
            copy(export("whatsapp/fixtures/x03-android-arabic-digits/chat.txt"), named, "WhatsApp Chat with \u0623\u062d\u0645\u062f.txt"),
            copy(export("whatsapp/fixtures/p14-android-system-messages/chat.txt"), named, "WhatsApp Chat with Family group.txt"),
            copy(export("whatsapp/fixtures/p17c-ios-en-omitted-deleted-edited/chat.txt"), named, "WhatsApp Chat - Jess.txt"),
            export("telegram/chat-pair-personal/json"),
            export("telegram/account-2024-json"),
        };
    }

    private static Path copy(Path fixture, Path folder, String name) throws IOException {
        return Files.copy(fixture, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Imports exports into a new workspace, each in its own transaction, as {@code trasloco import} does.
     *
     * @param file the workspace file to create
     * @param exports the exports
     * @return the open workspace
     */
    public static Workspace importInto(Path file, Path... exports) {
        Workspace workspace = Workspace.open(file);
        ReadOptions options = ReadOptions.defaults().withZone(ROME);
        for (Path export : exports) {
            for (ExportDetector.Source source : ExportDetector.standard().discover(export)) {
                try (SourceImport importing = workspace.beginImport(source.reader().network(), source.path().toString())) {
                    source.reader().read(source.path(), options, importing, ProgressListener.NONE, Cancellation.NEVER);
                    importing.commit();
                }
            }
        }
        return workspace;
    }
}
