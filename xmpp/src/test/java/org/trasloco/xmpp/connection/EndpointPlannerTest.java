package org.trasloco.xmpp.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointPlannerTest {

    private static SrvResolver dns(Map<String, List<SrvRecord>> records) {
        return name -> records.getOrDefault(name, List.of());
    }

    @Test
    void triesDirectTlsRecordsFirstThenStartTlsRecordsEachByPriorityAndWeight() {
        EndpointPlanner planner = new EndpointPlanner(dns(Map.of(
                "_xmpps-client._tcp.example.org", List.of(new SrvRecord(10, 0, 443, "tls.example.org")),
                "_xmpp-client._tcp.example.org", List.of(
                        new SrvRecord(20, 0, 5222, "backup.example.org"),
                        new SrvRecord(10, 5, 5222, "light.example.org"),
                        new SrvRecord(10, 50, 5222, "heavy.example.org")))));

        assertEquals(List.of(
                new Endpoint("tls.example.org", 443, Transport.DIRECT_TLS),
                new Endpoint("heavy.example.org", 5222, Transport.STARTTLS),
                new Endpoint("light.example.org", 5222, Transport.STARTTLS),
                new Endpoint("backup.example.org", 5222, Transport.STARTTLS)),
                planner.plan(ServerAddress.of("example.org")));
    }

    @Test
    void fallsBackToTheDomainOnTheStandardPortWithoutRecords() {
        assertEquals(List.of(new Endpoint("example.org", 5222, Transport.STARTTLS)),
                new EndpointPlanner(dns(Map.of())).plan(ServerAddress.of("example.org")));
    }

    @Test
    void withAHostAndPortTriesStartTlsThenDirectTlsThere() {
        ServerAddress address = ServerAddress.of("example.org").withHost("10.0.0.1").withPort(5223);
        assertEquals(List.of(new Endpoint("10.0.0.1", 5223, Transport.STARTTLS),
                new Endpoint("10.0.0.1", 5223, Transport.DIRECT_TLS)),
                new EndpointPlanner(dns(Map.of())).plan(address));
    }

    @Test
    void withAHostOnlyTriesTheCustomaryPorts() {
        ServerAddress address = ServerAddress.of("example.org").withHost("xmpp.example.org");
        assertEquals(List.of(new Endpoint("xmpp.example.org", 5222, Transport.STARTTLS),
                new Endpoint("xmpp.example.org", 5223, Transport.DIRECT_TLS)),
                new EndpointPlanner(dns(Map.of())).plan(address));
    }

    @Test
    void readsSrvRecordsAsJndiPrintsThem() {
        assertEquals(new SrvRecord(5, 0, 5222, "xmpp.example.org"), JndiSrvResolver.parse("5 0 5222 xmpp.example.org."));
        assertNull(JndiSrvResolver.parse("0 0 0 ."), "a target of '.' means no service");
        assertNull(JndiSrvResolver.parse("garbage"));
    }

    @Test
    void normalisesTheDomainAsTyped() {
        assertEquals("example.org", new ServerAddress(" Example.ORG. ", " ", 0, null).domain());
        assertNull(new ServerAddress("example.org", " ", 0, null).host());
    }
}
