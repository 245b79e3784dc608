package org.trasloco.app.cli.history;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class HistoryTextTest {

    @Test
    void everyHistoryTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(HistoryText.class);
    }
}
