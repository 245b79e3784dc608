package org.trasloco.xmpp.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the Lua configuration of a test Prosody (facts in {@code shared/servers/prosody.md}). */
final class ProsodyConfigWriter {

    private static final List<String> MODULES = List.of("roster", "saslauth", "tls", "disco", "carbons", "pep", "private",
            "blocklist", "vcard4", "vcard_legacy", "version", "uptime", "time", "ping", "register", "mam", "csi_simple",
            "admin_adhoc", "invites", "invites_adhoc", "invites_register", "smacks", "posix", "admin_shell");

    private ProsodyConfigWriter() {
    }

    static String write(ProsodyConfig config, LoopbackServer.Ports ports, Path base, List<Path> pluginPaths, String domain) {
        List<String> modules = new ArrayList<>(MODULES);
        config.extraModules().stream().filter(module -> !modules.contains(module)).forEach(modules::add);
        StringBuilder lua = new StringBuilder();
        lua.append("-- Written by TestProsody for one test class; removed afterwards.\n");
        lua.append("run_as_root = true -- only matters in CI containers that run as root\n");
        lua.append("pidfile = ").append(string(base.resolve("prosody.pid"))).append('\n');
        lua.append("data_path = ").append(string(base.resolve("data"))).append('\n');
        lua.append("plugin_paths = { ").append(pluginPaths.stream().map(ProsodyConfigWriter::string)
                .collect(Collectors.joining(", "))).append(" }\n");
        lua.append("log = { { levels = { min = \"info\" }, to = \"console\" } }\n");
        lua.append("interfaces = { \"127.0.0.1\" }\n");
        lua.append("c2s_ports = { ").append(ports.c2s()).append(" }\n");
        lua.append("c2s_direct_tls_ports = { ").append(config.directTls() ? String.valueOf(ports.directTls()) : "")
                .append(" }\n");
        lua.append("s2s_ports = { }\n");
        lua.append("http_ports = { ").append(ports.http()).append(" }\n");
        lua.append("http_interfaces = { \"127.0.0.1\" }\n");
        lua.append("https_ports = { }\n");
        lua.append("admins = { \"admin@").append(domain).append("\" }\n");
        lua.append("modules_enabled = { ").append(modules.stream().map(ProsodyConfigWriter::string)
                .collect(Collectors.joining("; "))).append(" }\n");
        lua.append("modules_disabled = { \"s2s\" }\n");
        lua.append("allow_registration = ").append(config.registration() == ProsodyConfig.Registration.OPEN).append('\n');
        lua.append("registration_invite_only = ").append(config.registration() == ProsodyConfig.Registration.INVITE_ONLY)
                .append('\n');
        lua.append("c2s_require_encryption = true\n");
        lua.append("allow_user_invites = true\n");
        lua.append("archive_expires_after = \"never\"\n");
        lua.append("default_archive_policy = true\n");
        lua.append("storage_archive_item_limit = 1000000\n");
        lua.append("max_archive_query_results = 250\n");
        lua.append("authentication = \"internal_hashed\"\n");
        if (config.storage() == ProsodyConfig.Storage.SQL) {
            lua.append("storage = \"sql\"\n");
            lua.append("sql = { driver = \"SQLite3\"; database = \"prosody.sqlite\" }\n");
        } else {
            lua.append("storage = \"internal\"\n");
        }
        lua.append("certificates = ").append(string(base.resolve("certs"))).append('\n');
        config.globalLines().forEach(line -> lua.append(line).append('\n'));
        lua.append("\nVirtualHost ").append(string(domain)).append('\n');
        lua.append("  ssl = { certificate = ").append(string(base.resolve("certs").resolve(domain + ".crt")))
                .append("; key = ").append(string(base.resolve("certs").resolve(domain + ".key"))).append(" }\n");
        config.hostLines().forEach(line -> lua.append("  ").append(line).append('\n'));
        config.components().forEach(block -> lua.append('\n').append(block).append('\n'));
        return lua.toString();
    }

    /** A Lua string literal. */
    static String string(Object value) {
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

}
