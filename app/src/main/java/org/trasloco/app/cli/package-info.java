/**
 * The {@code trasloco} command line (picocli): the root command, exit codes, error reporting and
 * progress on the terminal. Commands live in feature packages ({@code history}, …); this package is
 * the only place that writes to standard output and error.
 */
package org.trasloco.app.cli;
