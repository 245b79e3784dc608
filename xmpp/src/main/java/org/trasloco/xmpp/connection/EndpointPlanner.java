package org.trasloco.xmpp.connection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Decides where to try to connect, in order (RFC 6120 §3.2, XEP-0368):
 * <ul>
 * <li>host and port given: STARTTLS there, then direct TLS on the same port (some servers only
 *     speak TLS on the port they publish);</li>
 * <li>host given without port: STARTTLS on 5222, then direct TLS on 5223;</li>
 * <li>nothing given: the {@code _xmpps-client} SRV records (direct TLS) and then the
 *     {@code _xmpp-client} ones (STARTTLS), each by priority and weight; without any, STARTTLS on the
 *     domain at 5222.</li>
 * </ul>
 */
public final class EndpointPlanner {

    /** The standard port for STARTTLS. */
    public static final int STARTTLS_PORT = 5222;
    /** The customary port for direct TLS. */
    public static final int DIRECT_TLS_PORT = 5223;

    private static final Comparator<SrvRecord> SRV_ORDER =
            Comparator.comparingInt(SrvRecord::priority).thenComparing(Comparator.comparingInt(SrvRecord::weight).reversed());

    private final SrvResolver resolver;

    /**
     * A planner over a DNS resolver.
     *
     * @param resolver looks up SRV records
     */
    public EndpointPlanner(SrvResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The endpoints to try for an address, best first.
     *
     * @param address the service
     * @return at least one endpoint
     */
    public List<Endpoint> plan(ServerAddress address) {
        List<Endpoint> plan = new ArrayList<>();
        if (address.host() != null || address.port() != 0) {
            String host = address.host() != null ? address.host() : address.domain();
            if (address.port() != 0) {
                plan.add(new Endpoint(host, address.port(), Transport.STARTTLS));
                plan.add(new Endpoint(host, address.port(), Transport.DIRECT_TLS));
            } else {
                plan.add(new Endpoint(host, STARTTLS_PORT, Transport.STARTTLS));
                plan.add(new Endpoint(host, DIRECT_TLS_PORT, Transport.DIRECT_TLS));
            }
            return plan;
        }
        addSrv(plan, "_xmpps-client._tcp." + address.domain(), Transport.DIRECT_TLS);
        addSrv(plan, "_xmpp-client._tcp." + address.domain(), Transport.STARTTLS);
        if (plan.isEmpty()) {
            plan.add(new Endpoint(address.domain(), STARTTLS_PORT, Transport.STARTTLS));
        }
        return plan;
    }

    private void addSrv(List<Endpoint> plan, String name, Transport transport) {
        resolver.lookup(name).stream()
                .filter(record -> record.port() > 0 && record.port() <= 65_535)
                .sorted(SRV_ORDER)
                .forEach(record -> plan.add(new Endpoint(record.target(), record.port(), transport)));
    }
}
