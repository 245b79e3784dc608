package org.trasloco.app.cli.archive;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class ArchiveCliBundleTest {

    @Test
    void everyUploadAndArchiveTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(ArchiveCliText.class);
    }
}
