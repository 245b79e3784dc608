package org.trasloco.invites.links;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class LinksBundleTest {

    @Test
    void everyLinkTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(LinkText.class);
    }
}
