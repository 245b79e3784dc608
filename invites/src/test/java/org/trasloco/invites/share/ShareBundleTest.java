package org.trasloco.invites.share;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class ShareBundleTest {

    @Test
    void everyShareTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(ShareText.class);
    }
}
