package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trasloco.xmpp.connection.CertificatePin;

/**
 * One real Prosody on 127.0.0.1 for tests: its own temporary directory (configuration, data,
 * self-signed certificate, log), free ports, started with {@code prosody -F} and waited for until it
 * listens. {@link #close()} stops it and removes the directory. A JVM shutdown hook stops servers a
 * crashed test run left behind.
 */
public final class TestProsody extends LoopbackServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern XMPP_URI = Pattern.compile("xmpp:[^\\s\"']+");

    private final ProsodyInstallation installation;
    private ProsodyConfig config;

    private TestProsody(ProsodyInstallation installation, Path base, Ports ports, CertificatePin pin,
            ProsodyConfig config) {
        super(base, ports, pin, new ServerProcess("Prosody", START_TIMEOUT, Duration.ofSeconds(15)));
        this.installation = installation;
        this.config = config;
    }

    /**
     * Starts a server (or ends the test when Prosody is missing: see {@link ProsodyInstallation}).
     *
     * @param config how to set it up
     * @return the running server
     */
    public static TestProsody start(ProsodyConfig config) {
        ProsodyInstallation installation = ProsodyInstallation.require();
        Path base = null;
        try {
            base = Files.createTempDirectory("trasloco-prosody-");
            Files.createDirectories(base.resolve("data"));
            Files.createDirectories(base.resolve("certs"));
            Files.createDirectories(base.resolve("plugins"));
            Path certs = base.resolve("certs");
            CertificatePin pin = LoopbackServers.makeCertificate(certs.resolve(DOMAIN + ".key"),
                    certs.resolve(DOMAIN + ".crt"));
            TestProsody server = new TestProsody(installation, base, Ports.free(), pin, config);
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
        return "Prosody";
    }

    /** The configuration the server runs with now. */
    public synchronized ProsodyConfig config() {
        return config;
    }

    @Override
    public ArchiveOrder archiveOrder() {
        return ArchiveOrder.ARRIVAL;
    }

    /** The server's certificate (PEM). */
    public Path certificate() {
        return base.resolve("certs").resolve(DOMAIN + ".crt");
    }


    @Override
    public String log() {
        try {
            Path log = base.resolve("prosody.out");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /**
     * Restarts the server with another configuration (same ports, data and certificate).
     *
     * @param newConfig the configuration
     */
    public synchronized void reconfigure(ProsodyConfig newConfig) {
        stop();
        config = newConfig;
        launch();
    }

    /**
     * Opens, restricts to invitations, or closes registration (restarts the server).
     *
     * @param registration the new mode
     */
    public void setRegistration(ProsodyConfig.Registration registration) {
        if (config.registration() != registration) {
            reconfigure(config.withRegistration(registration));
        }
    }

    /** Creates an account with {@code prosodyctl register}. */
    @Override
    public void registerUser(String username, String password) {
        prosodyctl("register", username, DOMAIN, password);
    }

    /**
     * An invitation to create any account: {@code xmpp:localhost?register;preauth=…}.
     *
     * @return the invitation URI
     */
    public String createAccountInvite() {
        return uriIn(prosodyctl("mod_invites", "generate", DOMAIN));
    }

    /**
     * An invitation to create one named account: {@code xmpp:NAME@localhost?register;preauth=…}.
     *
     * @param username the name the account will have
     * @return the invitation URI
     */
    public String createAccountInvite(String username) {
        return uriIn(shell("invite:create_account(" + ProsodyConfigWriter.string(username + "@" + DOMAIN) + ")"));
    }

    /**
     * An invitation to become a contact of a user, creating an account on the way:
     * {@code xmpp:USER@localhost?roster;preauth=…;ibr=y}.
     *
     * @param inviter the localpart of the existing user
     * @return the invitation URI
     */
    public String createContactInvite(String inviter) {
        return uriIn(shell("invite:create_contact(" + ProsodyConfigWriter.string(inviter + "@" + DOMAIN) + ", true)"));
    }

    /**
     * Runs a command in the server's admin shell ({@code prosodyctl shell}).
     *
     * @param command Lua shell command, e.g. {@code user:list("localhost")}
     * @return what the shell printed
     */
    public String shell(String command) {
        return prosodyctl("shell", command);
    }

    /**
     * Runs {@code prosodyctl} with this server's configuration.
     *
     * @param arguments the arguments after {@code --config FILE}
     * @return what it printed
     * @throws IllegalStateException when it fails
     */
    public String prosodyctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(installation.prosodyctl().toString(), "--config",
                base.resolve("prosody.cfg.lua").toString()));
        command.addAll(List.of(arguments));
        return LoopbackServers.run(command, COMMAND_TIMEOUT, "prosodyctl " + arguments[0] + " failed");
    }

    @Override
    synchronized void launch() {
        try {
            List<Path> pluginPaths = new ArrayList<>();
            pluginPaths.add(base.resolve("plugins"));
            LoopbackServers.repositoryDirectory("server/prosody").ifPresent(pluginPaths::add);
            pluginPaths.addAll(config.pluginPaths());
            for (String module : config.testModules()) {
                copyTestModule(module);
            }
            Path configFile = base.resolve("prosody.cfg.lua");
            Files.writeString(configFile, ProsodyConfigWriter.write(config, ports, base, pluginPaths, DOMAIN),
                    StandardCharsets.UTF_8);
            Path log = base.resolve("prosody.out");
            List<Integer> ports = new ArrayList<>(List.of(this.ports.c2s()));
            if (config.directTls()) {
                ports.add(this.ports.directTls());
            }
            Path adminSocket = base.resolve("data").resolve("prosody.sock");
            process().start(new ProcessBuilder(installation.prosody().toString(), "--config", configFile.toString(), "-F")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())),
                    ports, () -> Files.exists(adminSocket), this::log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyTestModule(String module) throws IOException {
        String resource = "/org/trasloco/xmpp/testing/prosody-modules/mod_" + module + ".lua";
        try (InputStream in = TestProsody.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test module " + resource);
            }
            Files.write(base.resolve("plugins").resolve("mod_" + module + ".lua"), in.readAllBytes());
        }
    }

    private static String uriIn(String output) {
        Matcher matcher = XMPP_URI.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no xmpp: URI in:\n" + output);
        }
        return matcher.group();
    }

    @Override
    public String toString() {
        return "TestProsody[" + DOMAIN + " c2s=" + ports.c2s() + " directTls=" + ports.directTls() + " dir=" + base + "]";
    }
}
