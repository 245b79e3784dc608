package org.trasloco.xmpp.groupchat;

import java.util.Objects;
import java.util.Optional;
import org.jxmpp.jid.DomainBareJid;
import org.trasloco.xmpp.archive.protocol.ImportLimits;

/**
 * The group-chat service (XEP-0045) of a user's server, and whether owners may import history into
 * its rooms' archives (the archive-import module on the service).
 *
 * @param address the service, e.g. {@code conference.example.org}
 * @param importLimits the limits of imports into its rooms, or {@code null} when it takes none
 */
public record GroupChatService(DomainBareJid address, ImportLimits importLimits) {

    /**
     * Checks the address.
     *
     * @param address the service
     * @param importLimits the import limits or {@code null}
     */
    public GroupChatService {
        Objects.requireNonNull(address, "address");
    }

    /** The limits of imports into its rooms, when it takes them. */
    public Optional<ImportLimits> imports() {
        return Optional.ofNullable(importLimits);
    }
}
