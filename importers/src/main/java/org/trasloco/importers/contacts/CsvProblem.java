package org.trasloco.importers.contacts;

import org.trasloco.core.i18n.LocalizedText;

/**
 * A row of an imported list that cannot be used.
 *
 * @param line the line of the file the row starts on
 * @param reason why, for the user
 */
public record CsvProblem(long line, LocalizedText reason) {
}
