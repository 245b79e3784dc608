package org.trasloco.app.cli.people;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

class PeopleTextTest {

    @Test
    void bundleIsCompleteInEveryLanguage() {
        BundleAssertions.assertComplete(PeopleText.class);
    }
}
