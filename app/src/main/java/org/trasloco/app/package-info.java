/**
 * The Trasloco application: the {@code trasloco} command line ({@code cli}) and, later, the desktop
 * wizard, both wired over the library modules. {@link org.trasloco.app.Main} chooses between them.
 */
package org.trasloco.app;
