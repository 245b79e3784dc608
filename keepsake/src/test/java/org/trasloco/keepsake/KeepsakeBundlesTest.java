package org.trasloco.keepsake;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class KeepsakeBundlesTest {

    @Test
    void everySharedKeyIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(KeepsakeText.class);
    }
}
