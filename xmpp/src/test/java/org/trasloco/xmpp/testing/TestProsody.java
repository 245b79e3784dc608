package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.ServerAddress;

/**
 * One real Prosody on 127.0.0.1 for tests: its own temporary directory (configuration, data,
 * self-signed certificate, log), free ports, started with {@code prosody -F} and waited for until it
 * listens. {@link #close()} stops it and removes the directory. A JVM shutdown hook stops servers a
 * crashed test run left behind.
 */
public final class TestProsody implements AutoCloseable {

    /** The XMPP domain of every test server. */
    public static final String DOMAIN = "localhost";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern XMPP_URI = Pattern.compile("xmpp:[^\\s\"']+");
    private static final Set<TestProsody> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(TestProsody::close), "test-prosody-cleanup"));
    }

    private final ProsodyInstallation installation;
    private final Path base;
    private final ProsodyConfigWriter.Ports ports;
    private final CertificatePin pin;
    private ProsodyConfig config;
    private Process process;

    private TestProsody(ProsodyInstallation installation, Path base, ProsodyConfigWriter.Ports ports, CertificatePin pin,
            ProsodyConfig config) {
        this.installation = installation;
        this.base = base;
        this.ports = ports;
        this.pin = pin;
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
            CertificatePin pin = makeCertificate(base.resolve("certs"));
            TestProsody server = new TestProsody(installation, base, freePorts(), pin, config);
            RUNNING.add(server);
            server.launch();
            return server;
        } catch (IOException e) {
            deleteTree(base);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            deleteTree(base);
            throw e;
        }
    }

    /** The XMPP domain. */
    public String domain() {
        return DOMAIN;
    }

    /** The STARTTLS port. */
    public int c2sPort() {
        return ports.c2s();
    }

    /** The direct TLS port (open only when the configuration asks for it). */
    public int directTlsPort() {
        return ports.directTls();
    }

    /** The HTTP port (used by HTTP modules such as file sharing). */
    public int httpPort() {
        return ports.http();
    }

    /** The fingerprint of the server's self-signed certificate. */
    public CertificatePin pin() {
        return pin;
    }

    /** The server's certificate (PEM). */
    public Path certificate() {
        return base.resolve("certs").resolve(DOMAIN + ".crt");
    }

    /** The server's temporary directory. */
    public Path baseDirectory() {
        return base;
    }

    /** The current configuration. */
    public ProsodyConfig config() {
        return config;
    }

    /** The service at the STARTTLS port, certificate pinned. */
    public ServerAddress address() {
        return new ServerAddress(DOMAIN, "127.0.0.1", ports.c2s(), pin);
    }

    /** The service at the direct TLS port, certificate pinned. */
    public ServerAddress directTlsAddress() {
        return new ServerAddress(DOMAIN, "127.0.0.1", ports.directTls(), pin);
    }

    /** What the server logged so far. */
    public String log() {
        try {
            Path log = base.resolve("prosody.out");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Whether the server process runs. */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Stops the server gracefully (it closes its streams) and keeps its data; {@link #restart()}
     * brings it back.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /**
     * Kills the server at once (SIGKILL: no goodbye to clients, no clean shutdown), as a crash or a
     * power cut would, and keeps its data; {@link #restart()} brings it back.
     */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the server again with the same ports, data and certificate. */
    public synchronized void restart() {
        stop();
        launch();
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

    /**
     * Creates an account with {@code prosodyctl register}.
     *
     * @param username the localpart
     * @param password the password
     */
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
        try {
            Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
            run.getOutputStream().close();
            byte[] output;
            try (InputStream in = run.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!run.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                run.destroyForcibly();
                throw new IllegalStateException("prosodyctl " + arguments[0] + " did not finish");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (run.exitValue() != 0) {
                throw new IllegalStateException("prosodyctl " + String.join(" ", arguments) + " failed (" + run.exitValue()
                        + "):\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops the server and removes its directory. */
    @Override
    public synchronized void close() {
        stop();
        RUNNING.remove(this);
        deleteTree(base);
    }

    private synchronized void launch() {
        try {
            List<Path> pluginPaths = new ArrayList<>();
            pluginPaths.add(base.resolve("plugins"));
            repositoryModules().ifPresent(pluginPaths::add);
            pluginPaths.addAll(config.pluginPaths());
            for (String module : config.testModules()) {
                copyTestModule(module);
            }
            Path configFile = base.resolve("prosody.cfg.lua");
            Files.writeString(configFile, ProsodyConfigWriter.write(config, ports, base, pluginPaths, DOMAIN),
                    StandardCharsets.UTF_8);
            Path log = base.resolve("prosody.out");
            process = new ProcessBuilder(installation.prosody().toString(), "--config", configFile.toString(), "-F")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            process.getOutputStream().close();
            awaitListening();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        List<Integer> wanted = new ArrayList<>(List.of(ports.c2s()));
        if (config.directTls()) {
            wanted.add(ports.directTls());
        }
        Path adminSocket = base.resolve("data").resolve("prosody.sock");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prosody exited with " + process.exitValue() + ":\n" + log());
            }
            if (wanted.stream().allMatch(TestProsody::listening) && Files.exists(adminSocket)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Prosody", e);
            }
        }
        stop();
        throw new IllegalStateException("Prosody did not listen within " + START_TIMEOUT + ":\n" + log());
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
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

    /** The repository's {@code server/prosody/} (our own Prosody modules), when the tests run from a checkout. */
    private static java.util.Optional<Path> repositoryModules() {
        Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("server").resolve("prosody");
            if (Files.isDirectory(candidate)) {
                return java.util.Optional.of(candidate);
            }
            if (Files.exists(directory.resolve(".git"))) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    private static ProsodyConfigWriter.Ports freePorts() throws IOException {
        try (ServerSocket a = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                ServerSocket b = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                ServerSocket c = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return new ProsodyConfigWriter.Ports(a.getLocalPort(), b.getLocalPort(), c.getLocalPort());
        }
    }

    /** A self-signed certificate for the test domain, made with openssl; returns its pin. */
    private static CertificatePin makeCertificate(Path directory) throws IOException {
        Path key = directory.resolve(DOMAIN + ".key");
        Path certificate = directory.resolve(DOMAIN + ".crt");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650",
                "-subj", "/CN=" + DOMAIN, "-addext", "subjectAltName=DNS:" + DOMAIN + ",DNS:*." + DOMAIN,
                "-keyout", key.toString(), "-out", certificate.toString())
                .redirectErrorStream(true).start();
        openssl.getOutputStream().close();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
                throw new IllegalStateException("openssl could not make a test certificate:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try (InputStream in = Files.newInputStream(certificate)) {
            X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return CertificatePin.of(parsed);
        } catch (CertificateException e) {
            throw new IllegalStateException("openssl wrote an unreadable certificate", e);
        }
    }

    private static String uriIn(String output) {
        Matcher matcher = XMPP_URI.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no xmpp: URI in:\n" + output);
        }
        return matcher.group();
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Best effort; the temp directory is cleaned by the system eventually.
                }
            });
        } catch (IOException ignored) {
            // Best effort, as above.
        }
    }

    @Override
    public String toString() {
        return "TestProsody[" + DOMAIN + " c2s=" + ports.c2s() + " directTls=" + ports.directTls() + " dir=" + base + "]";
    }
}
