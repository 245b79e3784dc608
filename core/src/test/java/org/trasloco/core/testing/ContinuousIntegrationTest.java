package org.trasloco.core.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One reading of {@code CI} for every module (issue 16: two helpers read it differently). */
class ContinuousIntegrationTest {

    @Test
    void anyNonEmptyValueOtherThanFalseMeansContinuousIntegration() {
        for (String on : new String[] {"true", "TRUE", "True", "1", "yes", "woodpecker"}) {
            assertTrue(ContinuousIntegration.isOn(on), on);
        }
        for (String off : new String[] {null, "", "  ", "false", "FALSE", "False"}) {
            assertFalse(ContinuousIntegration.isOn(off), String.valueOf(off));
        }
    }
}
