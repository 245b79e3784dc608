package org.trasloco.xmpp;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class XmppBundleTest {

    @Test
    void everyXmppKeyIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(XmppMessages.class);
    }
}
