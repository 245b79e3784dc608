package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.trasloco.xmpp.connection.CertificatePin;

/** What every test server needs: free loopback ports, a certificate, commands run, a directory removed. */
final class LoopbackServers {

    private LoopbackServers() {
    }

    /**
     * Ports free on 127.0.0.1 right now.
     *
     * @param count how many
     * @return distinct ports
     */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a socket that was only bound: nothing to lose.
                }
            }
        }
    }

    /** Whether something accepts connections on a port of 127.0.0.1. */
    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A self-signed certificate for the test domain (and its subdomains), made with openssl.
     *
     * @param key where the private key goes (PEM)
     * @param certificate where the certificate goes (PEM)
     * @return its pin
     */
    static CertificatePin makeCertificate(Path key, Path certificate) {
        String domain = TestServer.DOMAIN;
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650", "-subj", "/CN=" + domain,
                "-addext", "subjectAltName=DNS:" + domain + ",DNS:*." + domain, "-keyout", key.toString(), "-out",
                certificate.toString()), Duration.ofSeconds(60), "openssl could not make a test certificate");
        try (InputStream in = Files.newInputStream(certificate)) {
            X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return CertificatePin.of(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateException e) {
            throw new IllegalStateException("openssl wrote an unreadable certificate", e);
        }
    }

    /**
     * Runs a command to its end.
     *
     * @param command the command and its arguments
     * @param timeout how long it may take
     * @param failure what to say when it fails
     * @return what it printed (standard output and error)
     */
    static String run(List<String> command, Duration timeout, String failure) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(failure + ": " + command.get(0) + " did not finish");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(failure + " (" + String.join(" ", command) + " exited with "
                        + process.exitValue() + "):\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * A directory of the repository ({@code server/prosody/}, {@code server/ejabberd/}), when the
     * tests run from a checkout.
     *
     * @param relative the path from the repository's root
     * @return the directory
     */
    static Optional<Path> repositoryDirectory(String relative) {
        Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve(relative);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(directory.resolve(".git"))) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Waits a little; an interrupt ends the wait and is kept. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a test server", e);
        }
    }

    /** Removes a directory tree, as far as possible. */
    static void deleteTree(Path root) {
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
}
