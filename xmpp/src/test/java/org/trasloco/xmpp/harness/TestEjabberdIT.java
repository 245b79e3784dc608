package org.trasloco.xmpp.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.TestEjabberd;

/**
 * The ejabberd test harness keeps its promises: the server listens on 127.0.0.1 only and only on
 * its own ports (no Erlang distribution, no epmd), runs as the process the harness started, and
 * after {@code close()} that process is gone, nothing listens on its ports and its directory is
 * removed. Reads Linux's /proc.
 */
class TestEjabberdIT {

    @Test
    void listensOnItsOwnLoopbackPortsOnlyAndLeavesNothingBehind() throws IOException {
        TestEjabberd ejabberd = TestEjabberd.start(EjabberdConfig.defaults());
        long pid;
        Path directory = ejabberd.baseDirectory();
        try {
            pid = ejabberd.pid();
            Set<String> listening = listeningSockets(pid);
            assertEquals(Set.of(local(ejabberd.c2sPort()), local(ejabberd.directTlsPort()), local(ejabberd.httpPort())),
                    listening, "127.0.0.1 and the server's own ports, nothing else");
        } finally {
            ejabberd.close();
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the server process ended");
        Set<String> stillListening = allListeningSockets();
        for (int port : new int[] {ejabberd.c2sPort(), ejabberd.directTlsPort(), ejabberd.httpPort()}) {
            assertTrue(stillListening.stream().noneMatch(socket -> socket.endsWith(":" + port)), "port " + port + " closed");
        }
        assertFalse(Files.exists(directory), "its directory is removed");
    }

    private static String local(int port) {
        return "127.0.0.1:" + port;
    }

    /** The listening TCP sockets of a process, as ADDRESS:PORT. */
    private static Set<String> listeningSockets(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException ignored) {
                    // A descriptor closed while we looked.
                }
            }
        }
        Set<String> sockets = new HashSet<>();
        for (String[] row : tcpTable()) {
            if (inodes.contains(row[9])) {
                sockets.add(address(row[1]));
            }
        }
        return sockets;
    }

    private static Set<String> allListeningSockets() throws IOException {
        Set<String> sockets = new HashSet<>();
        tcpTable().forEach(row -> sockets.add(address(row[1])));
        return sockets;
    }

    /** The LISTEN rows of /proc/net/tcp and tcp6. */
    private static List<String[]> tcpTable() throws IOException {
        List<String[]> rows = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] row = line.trim().split("\\s+");
                if ("0A".equals(row[3])) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** {@code 0100007F:1F90} (IPv4, little-endian) as {@code 127.0.0.1:8080}; IPv6 addresses stay hexadecimal. */
    private static String address(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        if (parts[0].length() != 8) {
            return parts[0].toLowerCase(Locale.ROOT) + ":" + port;
        }
        long ip = Long.parseLong(parts[0], 16);
        return (ip & 0xff) + "." + ((ip >> 8) & 0xff) + "." + ((ip >> 16) & 0xff) + "." + ((ip >> 24) & 0xff) + ":" + port;
    }
}
