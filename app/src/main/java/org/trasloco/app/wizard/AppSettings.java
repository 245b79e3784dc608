package org.trasloco.app.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.trasloco.move.account.ProviderAdvice;

/**
 * What the app remembers between runs, outside any workspace: the language, the text size, the move
 * in progress. Kept in the user's Java preferences; workspaces live in the user's data folder.
 */
public final class AppSettings {

    private static final String LANGUAGE = "language";
    private static final String TEXT_SIZE = "textSize";
    private static final String LAST_WORKSPACE = "lastWorkspace";

    private final Preferences preferences;
    private final Path dataDirectory;
    private final Path cacheDirectory;

    /**
     * Settings stored in a preferences node, with workspaces in a folder and the providers list in
     * the standard cache folder (shared with the command line).
     *
     * @param preferences where to remember things
     * @param dataDirectory where new workspaces are created
     */
    public AppSettings(Preferences preferences, Path dataDirectory) {
        this(preferences, dataDirectory, ProviderAdvice.standardCache());
    }

    /**
     * Settings stored in a preferences node, with workspaces and the providers list in folders.
     *
     * @param preferences where to remember things
     * @param dataDirectory where new workspaces are created
     * @param cacheDirectory where the providers list and the servers the user added are kept
     */
    public AppSettings(Preferences preferences, Path dataDirectory, Path cacheDirectory) {
        this.preferences = preferences;
        this.dataDirectory = dataDirectory;
        this.cacheDirectory = cacheDirectory;
    }

    /** Where the providers list and the servers the user added are kept (shared with {@code trasloco providers}). */
    public Path cacheDirectory() {
        return cacheDirectory;
    }

    /** The settings of the user running the app. */
    public static AppSettings ofUser() {
        return new AppSettings(Preferences.userRoot().node("org/trasloco/app"), defaultDataDirectory());
    }

    /** The language chosen before, if any. */
    public Optional<Locale> language() {
        String tag = preferences.get(LANGUAGE, null);
        return tag == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    /** Remembers the language. */
    public void language(Locale locale) {
        preferences.put(LANGUAGE, locale.toLanguageTag());
        flush();
    }

    /** The text size chosen before, normal by default. */
    public TextSize textSize() {
        try {
            return TextSize.valueOf(preferences.get(TEXT_SIZE, TextSize.NORMAL.name()));
        } catch (IllegalArgumentException unknown) {
            return TextSize.NORMAL;
        }
    }

    /** Remembers the text size. */
    public void textSize(TextSize size) {
        preferences.put(TEXT_SIZE, size.name());
        flush();
    }

    /** The workspace of the move in progress, if it still exists. */
    public Optional<Path> lastWorkspace() {
        String path = preferences.get(LAST_WORKSPACE, null);
        return path == null || !Files.isRegularFile(Path.of(path)) ? Optional.empty() : Optional.of(Path.of(path));
    }

    /** Remembers the workspace of the move in progress. */
    public void lastWorkspace(Path workspace) {
        preferences.put(LAST_WORKSPACE, workspace.toAbsolutePath().toString());
        flush();
    }

    /**
     * A file name for a new move's workspace, in the data folder (created private to the user).
     *
     * @param stamp what makes the name unique, e.g. the date and time
     * @return the path; the file does not exist yet
     * @throws IOException when the folder cannot be created
     */
    public Path newWorkspace(String stamp) throws IOException {
        if (!Files.isDirectory(dataDirectory)) {
            Files.createDirectories(dataDirectory);
            try {
                Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the user's profile folder is private already.
            }
        }
        Path candidate = dataDirectory.resolve("move-" + stamp + ".trasloco");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dataDirectory.resolve("move-" + stamp + "-" + n + ".trasloco");
        }
        return candidate;
    }

    private void flush() {
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            System.getLogger(AppSettings.class.getName()).log(System.Logger.Level.WARNING,
                    "preferences not saved; they stay for this session", e);
        }
    }

    private static Path defaultDataDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home : Path.of(appData)).resolve("Trasloco");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Trasloco");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("trasloco");
    }
}
