package org.trasloco.invites.links;

import org.junit.jupiter.api.Test;
import org.trasloco.invites.InvitesBundles;

class LinksBundleTest {

    @Test
    void everyLinkTextIsTranslatedInEveryLanguage() {
        InvitesBundles.assertComplete(LinkText.class);
    }
}
