package org.trasloco.xmpp.connection;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/** Asks the system's DNS servers for SRV records through the JDK's JNDI DNS provider. */
final class JndiSrvResolver implements SrvResolver {

    private static final System.Logger LOG = System.getLogger(JndiSrvResolver.class.getName());

    @Override
    public List<SrvRecord> lookup(String name) {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        environment.put("com.sun.jndi.dns.timeout.initial", "2000");
        environment.put("com.sun.jndi.dns.timeout.retries", "2");
        List<SrvRecord> records = new ArrayList<>();
        DirContext context = null;
        try {
            context = new InitialDirContext(environment);
            Attributes attributes = context.getAttributes("dns:///" + name, new String[] {"SRV"});
            Attribute srv = attributes.get("SRV");
            if (srv == null) {
                return records;
            }
            NamingEnumeration<?> values = srv.getAll();
            while (values.hasMore()) {
                SrvRecord record = parse(String.valueOf(values.next()));
                if (record != null) {
                    records.add(record);
                }
            }
        } catch (NamingException e) {
            // No such name, no DNS server reachable: both mean "no SRV records"; the caller falls back.
            LOG.log(Level.DEBUG, "no SRV records for {0}: {1}", name, e.toString());
        } finally {
            if (context != null) {
                try {
                    context.close();
                } catch (NamingException ignored) {
                    // Nothing to release that matters.
                }
            }
        }
        return records;
    }

    /** Parses "priority weight port target." as JNDI prints it; a target of "." means "no service". */
    static SrvRecord parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 4) {
            return null;
        }
        try {
            String target = parts[3].endsWith(".") ? parts[3].substring(0, parts[3].length() - 1) : parts[3];
            if (target.isEmpty()) {
                return null;
            }
            return new SrvRecord(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), target);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
