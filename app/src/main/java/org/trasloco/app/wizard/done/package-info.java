/** The last step: what was moved or prepared, what to do next, where it is kept and how to go on from a terminal. */
package org.trasloco.app.wizard.done;
