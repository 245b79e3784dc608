/**
 * Pieces every step uses: the error view (plain words first, technical details on request, a copy
 * button), the bundle of the wizard's texts, and background jobs that report progress to the window
 * without flooding the JavaFX thread.
 */
package org.trasloco.app.wizard.common;
