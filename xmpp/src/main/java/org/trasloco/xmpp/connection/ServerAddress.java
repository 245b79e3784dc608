package org.trasloco.xmpp.connection;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.XmppMessages;

/**
 * Where an XMPP service is: its domain (the part after {@code @} in addresses) and, when DNS should
 * not be asked, the host and port to connect to; plus the certificate pin when the user trusts a
 * server certificate no authority vouches for.
 *
 * @param domain the XMPP domain, e.g. {@code example.org}
 * @param host the host to connect to, or {@code null} to look it up in DNS (SRV records)
 * @param port the port, or {@code 0} for the standard ports
 * @param pin the pinned certificate, or {@code null} to use the system trust store
 */
public record ServerAddress(String domain, String host, int port, CertificatePin pin) {

    /**
     * Checks and normalises the values.
     *
     * @param domain the XMPP domain
     * @param host the host, or {@code null}
     * @param port the port, or {@code 0}
     * @param pin the pin, or {@code null}
     * @throws TraslocoException of kind {@code USAGE} when the domain is not a valid XMPP domain
     */
    public ServerAddress {
        domain = normaliseDomain(domain);
        if (host != null && host.isBlank()) {
            host = null;
        }
        if (host != null) {
            host = host.strip();
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
    }

    /**
     * A service found through DNS and trusted through the system trust store.
     *
     * @param domain the XMPP domain
     * @return the address
     */
    public static ServerAddress of(String domain) {
        return new ServerAddress(domain, null, 0, null);
    }

    /**
     * The same service reached at a given host.
     *
     * @param newHost the host name or IP address, or {@code null} for DNS
     * @return a new address
     */
    public ServerAddress withHost(String newHost) {
        return new ServerAddress(domain, newHost, port, pin);
    }

    /**
     * The same service reached on a given port.
     *
     * @param newPort the port, or {@code 0} for the standard ports
     * @return a new address
     */
    public ServerAddress withPort(int newPort) {
        return new ServerAddress(domain, host, newPort, pin);
    }

    /**
     * The same service trusted through a pinned certificate.
     *
     * @param newPin the pin, or {@code null} for the system trust store
     * @return a new address
     */
    public ServerAddress withPin(CertificatePin newPin) {
        return new ServerAddress(domain, host, port, newPin);
    }

    /** The host given by the user, if any. */
    public Optional<String> explicitHost() {
        return Optional.ofNullable(host);
    }

    /** The pinned certificate, if any. */
    public Optional<CertificatePin> pinned() {
        return Optional.ofNullable(pin);
    }

    /** The domain as a JID. */
    public DomainBareJid jid() {
        try {
            return JidCreate.domainBareFrom(domain);
        } catch (XmppStringprepException e) {
            throw new IllegalStateException("domain was checked at construction", e);
        }
    }

    private static String normaliseDomain(String domain) {
        Objects.requireNonNull(domain, "domain");
        String cleaned = domain.strip().toLowerCase(Locale.ROOT);
        if (cleaned.endsWith(".")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        boolean plausible = !cleaned.isEmpty() && cleaned.length() <= 253 && !cleaned.contains("@")
                && !cleaned.contains("/") && !cleaned.contains(":") && !cleaned.contains(" ")
                && !cleaned.startsWith(".") && !cleaned.contains("..");
        if (plausible) {
            try {
                return JidCreate.domainBareFrom(cleaned).toString();
            } catch (XmppStringprepException e) {
                plausible = false;
            }
        }
        throw new TraslocoException(TraslocoException.Kind.USAGE, XmppMessages.ADDRESS_INVALID_DOMAIN, domain.strip());
    }
}
