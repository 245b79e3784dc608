package org.trasloco.xmpp.groupchat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;

/** Rooms' archives on Prosody's internal storage (the module's own appending writer for muc_log). */
class RoomArchiveIT extends RoomArchiveCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import").withGroupChats(true).withGlobal("archive_import_rate = 0"));
}
