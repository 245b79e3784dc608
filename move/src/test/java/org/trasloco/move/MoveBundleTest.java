package org.trasloco.move;

import org.junit.jupiter.api.Test;
import org.trasloco.core.testing.BundleAssertions;

/** Every text of the move module exists in every language, and none is left over. */
class MoveBundleTest {

    @Test
    void everyMoveTextIsTranslated() {
        BundleAssertions.assertComplete(MoveMessages.class);
    }
}
