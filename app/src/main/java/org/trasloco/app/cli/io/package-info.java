/** What every command shares: the run's streams and language, exit codes, progress on the terminal. */
package org.trasloco.app.cli.io;
