package org.trasloco.xmpp.archive;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class ArchiveBundleTest {

    @Test
    void everyArchiveTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(ArchiveMessages.class);
    }
}
