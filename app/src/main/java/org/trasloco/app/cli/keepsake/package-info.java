/** {@code trasloco keepsake} and {@code trasloco app-backup}: private copies of the history, no server. */
package org.trasloco.app.cli.keepsake;
