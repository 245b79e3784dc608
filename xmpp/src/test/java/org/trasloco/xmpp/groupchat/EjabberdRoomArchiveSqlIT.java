package org.trasloco.xmpp.groupchat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/**
 * Rooms' archives on ejabberd with SQL storage in the newer schema (tables with a server_host
 * column): mod_mam_sql files a room's messages under the room's bare JID, kind groupchat, with the
 * nickname in its own column.
 */
class EjabberdRoomArchiveSqlIT extends RoomArchiveCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withShaper(EjabberdConfig.Shaper.NONE).withStorage(EjabberdConfig.Storage.SQL)
            .withGlobal("new_sql_schema: true").withArchiveImport("rate: 0"));
}
