package org.trasloco.xmpp.testing;

import java.nio.file.Path;

/**
 * Writes the {@code ejabberd.yml} of a test ejabberd: Debian's configuration of ejabberd 23.01
 * ({@code /etc/ejabberd/ejabberd.yml}) with every listener on 127.0.0.1 and the settings of an
 * {@link EjabberdConfig} (facts in {@code shared/servers/ejabberd.md}).
 */
final class EjabberdConfigWriter {

    private EjabberdConfigWriter() {
    }

    /**
     * The configuration.
     *
     * @param config the settings
     * @param ports the server's ports
     * @param base the server's directory (certificate, database, CAPTCHA program)
     * @return the YAML text
     */
    static String write(EjabberdConfig config, LoopbackServer.Ports ports, Path base) {
        StringBuilder yml = new StringBuilder();
        yml.append("# Written by TestEjabberd for one test class; removed afterwards.\n");
        yml.append("loglevel: info\n");
        yml.append("log_rotate_count: 0\n");
        yml.append("hosts:\n  - ").append(string(TestServer.DOMAIN)).append('\n');
        yml.append("certfiles:\n  - ").append(string(base.resolve("server.pem"))).append('\n');
        yml.append("c2s_ciphers: \"HIGH:!aNULL:!eNULL:!3DES:@STRENGTH\"\n");
        yml.append("c2s_protocol_options: [no_sslv3, no_tlsv1, no_tlsv1_1, cipher_server_preference, no_compression]\n");
        yml.append("listen:\n");
        listener(yml, ports.c2s(), "ejabberd_c2s", "    starttls_required: true\n");
        if (config.directTls()) {
            listener(yml, ports.directTls(), "ejabberd_c2s", "    tls: true\n");
        }
        // Administration (mod_http_api) and CAPTCHA pictures, for the tests; loopback only.
        yml.append("  -\n    port: ").append(ports.http()).append("\n    ip: \"127.0.0.1\"\n    module: ejabberd_http\n")
                .append("    request_handlers:\n      /api: mod_http_api\n      /captcha: ejabberd_captcha\n");
        yml.append("disable_sasl_mechanisms: [\"digest-md5\", \"X-OAUTH2\"]\n");
        yml.append("auth_password_format: scram\n");
        yml.append("registration_timeout: ").append(config.registrationTimeout() == null ? "infinity"
                : config.registrationTimeout().toSeconds()).append('\n');
        if (config.captcha()) {
            yml.append("captcha_cmd: ").append(string(base.resolve("captcha.sh"))).append('\n');
            yml.append("captcha_url: ").append(string("http://127.0.0.1:" + ports.http() + "/captcha")).append('\n');
        }
        if (config.storage() == EjabberdConfig.Storage.SQL) {
            yml.append("sql_type: sqlite\n");
            yml.append("sql_database: ").append(string(base.resolve("ejabberd.db"))).append('\n');
        }
        yml.append("""
                acl:
                  admin:
                    user:
                      - "admin@localhost"
                  local:
                    user_regexp: ""
                  loopback:
                    ip:
                      - 127.0.0.0/8
                      - ::1/128
                access_rules:
                  local:
                    allow: local
                  c2s:
                    deny: blocked
                    allow: all
                  announce:
                    allow: admin
                  configure:
                    allow: admin
                  muc_create:
                    allow: local
                  pubsub_createnode:
                    allow: local
                  trusted_network:
                    allow: loopback
                  register:
                    allow: all
                api_permissions:
                  "console commands":
                    from:
                      - ejabberd_ctl
                    who: all
                    what: "*"
                  "test harness on loopback":
                    from:
                      - mod_http_api
                    who:
                      ip: 127.0.0.1/32
                    what: "*"
                shaper:
                  normal:
                    rate: 3000
                    burst_size: 20000
                  fast: 200000
                shaper_rules:
                  max_user_sessions: 10
                  max_user_offline_messages:
                    5000: admin
                    100: all
                """);
        yml.append("  c2s_shaper:\n    none: admin\n")
                .append(config.shaper() == EjabberdConfig.Shaper.NONE ? "    none: all\n" : "    normal: all\n");
        config.globalLines().forEach(line -> yml.append(line).append('\n'));
        yml.append("""
                modules:
                  mod_adhoc: {}
                  mod_admin_extra: {}
                  mod_announce:
                    access: announce
                  mod_avatar: {}
                  mod_blocking: {}
                  mod_caps: {}
                  mod_carboncopy: {}
                  mod_client_state: {}
                  mod_configure: {}
                  mod_disco: {}
                  mod_fail2ban: {}
                  mod_http_api: {}
                  mod_last: {}
                  mod_muc:
                    access:
                      - allow
                    access_admin:
                      - allow: admin
                    access_create: muc_create
                    access_persistent: muc_create
                    access_mam:
                      - allow
                    default_room_options:
                      mam: true
                  mod_muc_admin: {}
                  mod_offline:
                    access_max_user_messages: max_user_offline_messages
                  mod_ping: {}
                  mod_privacy: {}
                  mod_private: {}
                  mod_pubsub:
                    access_createnode: pubsub_createnode
                    plugins:
                      - flat
                      - pep
                    force_node_config:
                      "eu.siacs.conversations.axolotl.*":
                        access_model: open
                      storage:bookmarks:
                        access_model: whitelist
                  mod_push: {}
                  mod_push_keepalive: {}
                  mod_roster:
                    versioning: true
                  mod_stream_mgmt:
                    resend_on_timeout: if_offline
                  mod_vcard:
                    search: false
                  mod_vcard_xupdate: {}
                  mod_version: {}
                """);
        yml.append("  mod_mam:\n    db_type: ").append(config.storage() == EjabberdConfig.Storage.SQL ? "sql" : "mnesia")
                .append("\n    default: always\n    assume_mam_usage: true\n");
        yml.append("  mod_register:\n    ip_access: all\n    access: ")
                .append(config.registrationOpen() ? "register" : "none").append('\n');
        if (config.captcha()) {
            yml.append("    captcha_protected: true\n");
        }
        if (config.archiveImport()) {
            yml.append("  mod_archive_import:").append(config.moduleOptions().isEmpty() ? " {}" : "").append('\n');
            config.moduleOptions().forEach(option -> yml.append("    ").append(option).append('\n'));
        }
        return yml.toString();
    }

    private static void listener(StringBuilder yml, int port, String module, String tls) {
        yml.append("  -\n    port: ").append(port).append("\n    ip: \"127.0.0.1\"\n    module: ").append(module)
                .append("\n    max_stanza_size: 262144\n    shaper: c2s_shaper\n    access: c2s\n").append(tls);
    }

    /** A YAML string in double quotes. */
    static String string(Object value) {
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
