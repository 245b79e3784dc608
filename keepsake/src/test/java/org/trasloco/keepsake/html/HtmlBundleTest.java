package org.trasloco.keepsake.html;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class HtmlBundleTest {

    @Test
    void everyPageKeyIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(HtmlText.class);
    }
}
