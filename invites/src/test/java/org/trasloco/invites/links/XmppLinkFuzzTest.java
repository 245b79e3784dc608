package org.trasloco.invites.links;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.trasloco.core.error.TraslocoException;

/**
 * Fuzzes the {@code xmpp:} link and address parsers with arbitrary text (links pasted by users, or
 * read from invitations). A domain error is an answer; anything else is a finding, and so is a
 * parsed link that does not read back the same.
 */
class XmppLinkFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void link(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            XmppUri uri = XmppUri.parse(text);
            XmppUri again = XmppUri.parse(uri.toString());
            if (!again.toString().equals(uri.toString())) {
                throw new IllegalStateException("a parsed link reads back differently: " + uri + " / " + again);
            }
        } catch (TraslocoException answered) {
            // Bad input said in words.
        }
        try {
            Jid.parse(text);
        } catch (TraslocoException answered) {
            // Bad input said in words.
        }
    }
}
