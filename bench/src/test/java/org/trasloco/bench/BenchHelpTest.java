package org.trasloco.bench;

import org.junit.jupiter.api.Test;
import org.trasloco.app.cli.testing.CommandHelpAssertions;

/** Every benchmark's help, in every language. */
class BenchHelpTest {

    @Test
    void everyBenchmarkIsDescribedInEveryLanguage() {
        CommandHelpAssertions.assertComplete(() -> new BenchRoot(null));
    }
}
