package org.trasloco.app.wizard;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/** What the shell needs from a step's controller. */
public interface StepController {

    /** True once the step is complete: the shell enables Next by binding to it. */
    ObservableBooleanValue ready();

    /** Called each time the step is shown. */
    default void shown() {
    }

    /**
     * True while the step's own work must not be left behind (an upload on its way): the shell
     * disables Back. Steps without such work are never busy.
     */
    default ObservableBooleanValue busy() {
        return new ReadOnlyBooleanWrapper(false);
    }

    /**
     * Asked when the user closes the window. A step whose work must end cleanly first (an upload
     * records the messages on their way) holds the close: it asks the user, and calls {@code close}
     * once its work has stopped, or never if the user changes their mind.
     *
     * @param close closes the window (call it on the JavaFX thread)
     * @return whether the step holds the close; the window stays open for now
     */
    default boolean holdsClose(Runnable close) {
        return false;
    }
}
