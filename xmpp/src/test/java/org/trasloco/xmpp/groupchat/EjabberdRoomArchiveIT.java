package org.trasloco.xmpp.groupchat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/**
 * Rooms' archives on ejabberd with mod_mam's mnesia storage: the module serves mod_muc's rooms
 * (mam on by default) through mod_muc_room's muc_process_iq hook, writing as mod_mam writes a
 * room's live messages.
 */
class EjabberdRoomArchiveIT extends RoomArchiveCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withShaper(EjabberdConfig.Shaper.NONE).withArchiveImport("rate: 0"));
}
