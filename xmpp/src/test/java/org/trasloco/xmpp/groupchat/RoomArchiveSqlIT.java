package org.trasloco.xmpp.groupchat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;

/** Rooms' archives on Prosody's SQL storage (one transaction per request into the muc_log rows). */
class RoomArchiveSqlIT extends RoomArchiveCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withStorage(ProsodyConfig.Storage.SQL).withModule("archive_import").withGroupChats(true)
            .withGlobal("archive_import_rate = 0"));
}
