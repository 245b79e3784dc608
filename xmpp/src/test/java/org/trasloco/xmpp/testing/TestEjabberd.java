package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.trasloco.xmpp.connection.CertificatePin;

/**
 * One real ejabberd on 127.0.0.1 for tests: its own temporary directory (configuration, mnesia
 * spool or SQLite database, self-signed certificate, logs), free ports, Trasloco's module built
 * from {@code server/ejabberd/} when the configuration asks for it. The Erlang runtime is started
 * directly (as Debian's {@code ejabberdctl foreground} would, without Erlang distribution, so
 * nothing but the server's own listeners opens a port) and stopped by its own process id;
 * administration goes through ejabberd's HTTP API on a loopback port. {@link #close()} stops it
 * and removes the directory; a JVM shutdown hook stops servers a crashed test run left behind.
 */
public final class TestEjabberd extends LoopbackServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final String STARTED = " is started in the node ";
    /** A 1×1 PNG: what the test CAPTCHA program draws. */
    private static final byte[] PICTURE = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final EjabberdInstallation installation;
    private final EjabberdConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestEjabberd(EjabberdInstallation installation, Path base, Ports ports,
            CertificatePin pin, EjabberdConfig config) {
        super(base, ports, pin, new ServerProcess("ejabberd", START_TIMEOUT, STOP_TIMEOUT));
        this.installation = installation;
        this.config = config;
    }

    /**
     * Starts a server (or ends the test when ejabberd is missing: see {@link EjabberdInstallation}).
     *
     * @param config how to set it up
     * @return the running server
     */
    public static TestEjabberd start(EjabberdConfig config) {
        EjabberdInstallation installation = EjabberdInstallation.require();
        Path base = null;
        try {
            base = Files.createTempDirectory("trasloco-ejabberd-");
            for (String directory : List.of("spool", "logs", "modules")) {
                Files.createDirectories(base.resolve(directory));
            }
            CertificatePin pin = LoopbackServers.makeCertificate(base.resolve("key.pem"), base.resolve("cert.pem"));
            Files.writeString(base.resolve("server.pem"), Files.readString(base.resolve("cert.pem"))
                    + Files.readString(base.resolve("key.pem")));
            Files.setPosixFilePermissions(base.resolve("server.pem"), PosixFilePermissions.fromString("rw-------"));
            Ports ports = Ports.free();
            if (config.archiveImport()) {
                installModule(installation.archiveImportModule(), base.resolve("modules"));
            }
            if (config.captcha()) {
                writeCaptchaProgram(base);
            }
            Files.writeString(base.resolve("ejabberd.yml"), EjabberdConfigWriter.write(config, ports, base));
            Files.writeString(base.resolve("inetrc"), "{lookup,[\"file\",\"native\"]}.\n"
                    + "{host,{127,0,0,1}, [\"localhost\"]}.\n");
            TestEjabberd server = new TestEjabberd(installation, base, ports, pin, config);
            server.launch();
            return server;
        } catch (IOException e) {
            LoopbackServers.deleteTree(base);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            LoopbackServers.deleteTree(base);
            throw e;
        }
    }

    @Override
    public String software() {
        return "ejabberd " + installation.version();
    }

    @Override
    public ArchiveOrder archiveOrder() {
        return ArchiveOrder.TIME;
    }


    @Override
    public String log() {
        StringBuilder text = new StringBuilder();
        for (Path file : List.of(base.resolve("ejabberd.out"), base.resolve("logs").resolve("ejabberd.log"))) {
            try {
                if (Files.exists(file)) {
                    text.append(Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                text.append("(").append(file.getFileName()).append(" unreadable: ").append(e).append(")\n");
            }
        }
        return text.toString();
    }

    /** Creates an account through ejabberd's {@code register} command. */
    @Override
    public void registerUser(String username, String password) {
        command("register", Map.of("user", username, "host", DOMAIN, "password", password));
    }

    /**
     * Runs an ejabberd command ({@code ejabberdctl help} lists them) through the HTTP API.
     *
     * @param name the command, e.g. {@code remove_mam_for_user}
     * @param arguments its arguments, all strings
     * @return the JSON answer
     * @throws IllegalStateException when ejabberd refuses or fails
     */
    public String command(String name, Map<String, String> arguments) {
        String json = new LinkedHashMap<>(arguments).entrySet().stream()
                .map(entry -> jsonString(entry.getKey()) + ":" + jsonString(entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.http() + "/api/" + name))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("ejabberd command " + name + " failed (" + response.statusCode() + "): "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The answer to the CAPTCHA the server drew last (written by the test CAPTCHA program). */
    public String lastCaptchaAnswer() {
        try {
            return Files.readString(base.resolve("captcha-answer")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    synchronized void launch() {
        List<String> command = new ArrayList<>(List.of(installation.erl().toString(), "-noinput", "+K", "true",
                "-mnesia", "dir", "\"" + base.resolve("spool") + "\"", "-s", "ejabberd"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("ejabberd.out").toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("ERL") || name.startsWith("EJABBERD"));
        environment.put("HOME", base.toString());
        environment.put("ERL_LIBS", installation.libraries().toString());
        environment.put("ERL_INETRC", base.resolve("inetrc").toString());
        environment.put("ERL_CRASH_DUMP_BYTES", "0");
        environment.put("EJABBERD_CONFIG_PATH", base.resolve("ejabberd.yml").toString());
        environment.put("EJABBERD_LOG_PATH", base.resolve("logs").resolve("ejabberd.log").toString());
        environment.put("CONTRIB_MODULES_PATH", base.resolve("modules").toString());
        environment.put("CONTRIB_MODULES_CONF_DIR", base.resolve("modules").resolve("conf").toString());
        int startsBefore = starts();
        List<Integer> ports = new ArrayList<>(List.of(this.ports.c2s(), this.ports.http()));
        if (config.directTls()) {
            ports.add(this.ports.directTls());
        }
        process().start(builder, ports, () -> starts() > startsBefore, this::log);
    }

    /** How often ejabberd logged that it started. */
    private int starts() {
        String log = log();
        int count = 0;
        for (int at = log.indexOf(STARTED); at >= 0; at = log.indexOf(STARTED, at + 1)) {
            count++;
        }
        return count;
    }

    /** The layout ejabberd's ext_mod loads at start: MODULES/mod_archive_import/{spec, ebin/}. */
    private static void installModule(Path beams, Path modules) throws IOException {
        Path target = modules.resolve("mod_archive_import");
        Files.createDirectories(target.resolve("ebin"));
        Path sources = LoopbackServers.repositoryDirectory("server/ejabberd").orElseThrow();
        Files.copy(sources.resolve("mod_archive_import.spec"), target.resolve("mod_archive_import.spec"));
        try (Stream<Path> files = Files.list(beams)) {
            for (Path beam : files.filter(file -> file.toString().endsWith(".beam")).toList()) {
                Files.copy(beam, target.resolve("ebin").resolve(beam.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** ejabberd runs {@code captcha.sh KEY} and shows what it prints; the test reads KEY from a file. */
    private static void writeCaptchaProgram(Path base) throws IOException {
        Files.write(base.resolve("captcha.png"), PICTURE);
        Path program = base.resolve("captcha.sh");
        Files.writeString(program, "#!/bin/sh\nprintf '%s' \"$1\" > '" + base.resolve("captcha-answer") + "'\n"
                + "exec cat '" + base.resolve("captcha.png") + "'\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    @Override
    public String toString() {
        return "TestEjabberd[" + DOMAIN + " c2s=" + ports.c2s() + " directTls=" + ports.directTls() + " dir=" + base + "]";
    }
}
