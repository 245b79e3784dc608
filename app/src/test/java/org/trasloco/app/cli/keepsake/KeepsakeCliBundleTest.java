package org.trasloco.app.cli.keepsake;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class KeepsakeCliBundleTest {

    @Test
    void everyKeepsakeCommandTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(KeepsakeCliText.class);
    }
}
