package org.trasloco.invites.share;

import org.junit.jupiter.api.Test;
import org.trasloco.invites.InvitesBundles;

class ShareBundleTest {

    @Test
    void everyShareTextIsTranslatedInEveryLanguage() {
        InvitesBundles.assertComplete(ShareText.class);
    }
}
