package org.trasloco.xmpp.connection;

import java.util.List;

/** Looks up DNS SRV records; replaceable in tests. */
public interface SrvResolver {

    /**
     * The SRV records of a name.
     *
     * @param name e.g. {@code _xmpp-client._tcp.example.org}
     * @return the records, empty when there are none or DNS cannot be asked
     */
    List<SrvRecord> lookup(String name);

    /** The resolver of the system's DNS configuration. */
    static SrvResolver system() {
        return new JndiSrvResolver();
    }
}
