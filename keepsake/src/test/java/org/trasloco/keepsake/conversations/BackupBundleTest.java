package org.trasloco.keepsake.conversations;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class BackupBundleTest {

    @Test
    void everyBackupKeyIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(BackupText.class);
    }
}
