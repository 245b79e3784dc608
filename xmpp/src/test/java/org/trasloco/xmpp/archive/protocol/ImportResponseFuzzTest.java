package org.trasloco.xmpp.archive.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes what the client parses from a server's answer to an archive import: arbitrary content in
 * an {@code <imported/>} result. Smack's parse errors are how a stanza is refused (the connection
 * drops it and says so); any other exception is a finding.
 */
class ImportResponseFuzzTest {

    static {
        ImportResultProvider.ensureRegistered();
    }

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void importResult(byte[] bytes) throws Exception {
        String content = new String(bytes, StandardCharsets.UTF_8);
        String xml = "<iq xmlns='jabber:client' type='result' id='a1' from='example.org' to='anna@example.org/x'>"
                + "<" + ArchiveImport.RESULT + " xmlns='" + ArchiveImport.NAMESPACE + "'>" + content
                + "</" + ArchiveImport.RESULT + "></iq>";
        try {
            PacketParserUtils.parseStanza(xml);
        } catch (XmlPullParserException | SmackParsingException | IOException refused) {
            // Not well-formed or not a result: Smack refuses the stanza.
        }
    }
}
