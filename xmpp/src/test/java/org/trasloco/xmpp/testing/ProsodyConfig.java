package org.trasloco.xmpp.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a test Prosody is set up. Immutable; the {@code with…} methods return changed copies.
 *
 * @param registration how accounts can be created
 * @param storage where Prosody keeps its data
 * @param directTls whether a direct TLS port (XEP-0368) is opened besides the STARTTLS one
 * @param extraModules more {@code modules_enabled} entries (Prosody's own or from a plugin path)
 * @param testModules modules shipped with the test jar ({@code mod_NAME.lua} under
 *     {@code org/trasloco/xmpp/testing/prosody-modules/}), copied into the server's plugin directory
 * @param pluginPaths more directories with modules (the repository's {@code server/prosody/} is
 *     added by {@link TestProsody} when it exists)
 * @param globalLines Lua lines added to the global section
 * @param hostLines Lua lines added inside the {@code VirtualHost}
 * @param components Lua blocks added after the host, e.g. {@code Component "conference.localhost" "muc"}
 */
public record ProsodyConfig(Registration registration, Storage storage, boolean directTls, List<String> extraModules,
        List<String> testModules, List<Path> pluginPaths, List<String> globalLines, List<String> hostLines,
        List<String> components) {

    /** How accounts can be created on the server. */
    public enum Registration {
        /** Anyone may create an account from an app (in-band registration). */
        OPEN,
        /** Only with an invitation token (XEP-0445); otherwise refused. */
        INVITE_ONLY,
        /** No in-band registration at all. */
        CLOSED
    }

    /** Where Prosody keeps accounts, rosters and archives. */
    public enum Storage {
        /** Prosody's files in the data directory. */
        INTERNAL,
        /** SQLite through LuaDBI ({@code lua-dbi-sqlite3}); better for large archives. */
        SQL
    }

    /**
     * Copies the lists.
     *
     * @param registration how accounts can be created
     * @param storage where data is kept
     * @param directTls whether to open a direct TLS port
     * @param extraModules more modules
     * @param testModules modules from the test jar
     * @param pluginPaths more module directories
     * @param globalLines Lua lines for the global section
     * @param hostLines Lua lines for the host
     * @param components Lua blocks after the host
     */
    public ProsodyConfig {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(storage, "storage");
        extraModules = List.copyOf(extraModules);
        testModules = List.copyOf(testModules);
        pluginPaths = List.copyOf(pluginPaths);
        globalLines = List.copyOf(globalLines);
        hostLines = List.copyOf(hostLines);
        components = List.copyOf(components);
    }

    /** Open registration, internal storage, STARTTLS and direct TLS ports. */
    public static ProsodyConfig defaults() {
        return new ProsodyConfig(Registration.OPEN, Storage.INTERNAL, true, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /**
     * @param value how accounts can be created
     * @return a changed copy
     */
    public ProsodyConfig withRegistration(Registration value) {
        return new ProsodyConfig(value, storage, directTls, extraModules, testModules, pluginPaths, globalLines, hostLines,
                components);
    }

    /**
     * @param value where data is kept
     * @return a changed copy
     */
    public ProsodyConfig withStorage(Storage value) {
        return new ProsodyConfig(registration, value, directTls, extraModules, testModules, pluginPaths, globalLines,
                hostLines, components);
    }

    /**
     * @param value whether to open a direct TLS port
     * @return a changed copy
     */
    public ProsodyConfig withDirectTls(boolean value) {
        return new ProsodyConfig(registration, storage, value, extraModules, testModules, pluginPaths, globalLines, hostLines,
                components);
    }

    /**
     * @param module a module name without {@code mod_}
     * @return a changed copy
     */
    public ProsodyConfig withModule(String module) {
        return new ProsodyConfig(registration, storage, directTls, plus(extraModules, module), testModules, pluginPaths,
                globalLines, hostLines, components);
    }

    /**
     * @param module the name of a module shipped with the test jar, without {@code mod_}
     * @return a changed copy that also enables the module
     */
    public ProsodyConfig withTestModule(String module) {
        return new ProsodyConfig(registration, storage, directTls, plus(extraModules, module), plus(testModules, module),
                pluginPaths, globalLines, hostLines, components);
    }

    /**
     * @param path a directory with modules
     * @return a changed copy
     */
    public ProsodyConfig withPluginPath(Path path) {
        return new ProsodyConfig(registration, storage, directTls, extraModules, testModules, plus(pluginPaths, path),
                globalLines, hostLines, components);
    }

    /**
     * @param line a Lua line for the global section, e.g. {@code min_seconds_between_registrations = 60}
     * @return a changed copy
     */
    public ProsodyConfig withGlobal(String line) {
        return new ProsodyConfig(registration, storage, directTls, extraModules, testModules, pluginPaths,
                plus(globalLines, line), hostLines, components);
    }

    /**
     * @param line a Lua line for the {@code VirtualHost} section
     * @return a changed copy
     */
    public ProsodyConfig withHostLine(String line) {
        return new ProsodyConfig(registration, storage, directTls, extraModules, testModules, pluginPaths, globalLines,
                plus(hostLines, line), components);
    }

    /**
     * @param block a Lua block after the host, e.g. {@code Component "upload.localhost" "http_file_share"}
     * @return a changed copy
     */
    public ProsodyConfig withComponent(String block) {
        return new ProsodyConfig(registration, storage, directTls, extraModules, testModules, pluginPaths, globalLines,
                hostLines, plus(components, block));
    }

    /**
     * A group-chat service, {@code conference.localhost} ({@link #GROUP_CHATS}), with MUC archives
     * (mod_muc_mam) kept forever, and with Trasloco's archive-import module on it when asked, loaded
     * the same way as on the host (from {@code server/prosody/}).
     *
     * @param archiveImport whether room owners may import history into their rooms' archives
     * @return a changed copy
     */
    public ProsodyConfig withGroupChats(boolean archiveImport) {
        return withComponent("Component \"" + GROUP_CHATS + "\" \"muc\"\n"
                + "  modules_enabled = { \"muc_mam\"" + (archiveImport ? ", \"archive_import\"" : "") + " }\n"
                + "  muc_log_expires_after = \"never\"");
    }

    /** The address of the group-chat service {@link #withGroupChats} adds. */
    public static final String GROUP_CHATS = "conference." + TestServer.DOMAIN;

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item));
        return copy;
    }
}
