package org.trasloco.core;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class CoreBundleTest {

    @Test
    void everyCoreKeyIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(CoreMessages.class);
    }
}
