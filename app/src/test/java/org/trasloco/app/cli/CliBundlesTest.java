package org.trasloco.app.cli;

import org.junit.jupiter.api.Test;
import org.trasloco.app.cli.testing.CommandHelpAssertions;
import org.trasloco.core.testing.BundleAssertions;

/** Every command's help, in every language: same keys in each, and a description for every option and command. */
class CliBundlesTest {

    @Test
    void everyCommandLineTextIsTranslated() {
        BundleAssertions.assertComplete(CliText.class);
    }

    @Test
    void everyCommandIsDescribedInEveryLanguage() {
        CommandHelpAssertions.assertComplete(() -> new TraslocoCommand(null));
    }
}
