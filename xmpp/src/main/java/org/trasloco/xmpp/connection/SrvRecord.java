package org.trasloco.xmpp.connection;

/**
 * One DNS SRV record (RFC 2782).
 *
 * @param priority lower is tried first
 * @param weight among equal priorities, higher is preferred
 * @param port the port
 * @param target the host name
 */
public record SrvRecord(int priority, int weight, int port, String target) {
}
