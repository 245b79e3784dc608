package org.trasloco.xmpp.invitation;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.trasloco.core.error.TraslocoException;

/**
 * Fuzzes the invitation link parser (what a user pastes: an {@code xmpp:} link or a landing page
 * link) with arbitrary text. A domain error is an answer; anything else is a finding.
 */
class InvitationLinkFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void invitation(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            InvitationUri.parse(text);
        } catch (TraslocoException answered) {
            // Bad input said in words.
        }
    }
}
