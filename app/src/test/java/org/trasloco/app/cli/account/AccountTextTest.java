package org.trasloco.app.cli.account;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class AccountTextTest {

    @Test
    void everyAccountTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(AccountText.class);
    }
}
