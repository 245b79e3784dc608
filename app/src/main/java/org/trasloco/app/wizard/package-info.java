/**
 * The desktop wizard (JavaFX): one window, a list of steps, Back and Next. Each step is one FXML file
 * with a small controller in its own package ({@code welcome}, {@code chats}, {@code review}, …);
 * what the steps share is a handful of observable properties in {@link org.trasloco.app.wizard.WizardState},
 * saved to the workspace as they change, so the user can close the window and continue later.
 */
package org.trasloco.app.wizard;
