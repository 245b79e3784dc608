package org.trasloco.app.wizard;

import javafx.beans.value.ObservableBooleanValue;

/** What the shell needs from a step's controller. */
public interface StepController {

    /** True once the step is complete: the shell enables Next by binding to it. */
    ObservableBooleanValue ready();

    /** Called each time the step is shown. */
    default void shown() {
    }
}
