package org.trasloco.xmpp.groupchat;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class GroupChatBundleTest {

    @Test
    void everyGroupChatTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(GroupChatMessages.class);
    }
}
