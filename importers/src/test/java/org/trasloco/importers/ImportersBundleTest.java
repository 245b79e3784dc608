package org.trasloco.importers;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class ImportersBundleTest {

    @Test
    void everyImporterKeyIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(ImporterMessages.class);
    }
}
