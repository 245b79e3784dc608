package org.trasloco.importers.contacts;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class ContactsBundleTest {

    @Test
    void bundleIsCompleteInEveryLanguage() {
        BundleAssertions.assertComplete(ContactsMessages.class);
    }
}
