/**
 * Commands over chat history: {@code inspect} (read exports, print a summary or the NDJSON contract of
 * DESIGN §4), {@code import} (into a workspace) and {@code conversations} (what a workspace holds).
 */
package org.trasloco.app.cli.history;
