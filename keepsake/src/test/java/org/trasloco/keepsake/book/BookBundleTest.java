package org.trasloco.keepsake.book;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class BookBundleTest {

    @Test
    void everyBookKeyIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(BookText.class);
    }
}
