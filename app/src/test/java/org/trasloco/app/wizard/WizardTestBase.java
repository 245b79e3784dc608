package org.trasloco.app.wizard;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/** The wizard on TestFX's own (focused) stage, with throw-away settings forgotten after each test. */
@ExtendWith(ApplicationExtension.class)
abstract class WizardTestBase {

    @TempDir
    Path dir;

    WizardFixture fixture;
    Stage stage;

    @BeforeEach
    void takeThePrimaryStage() throws TimeoutException {
        this.stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void forget() {
        if (fixture != null) {
            fixture.forget();
        }
    }
}
