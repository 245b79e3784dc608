package org.trasloco.importers.contacts;

import java.util.List;
import org.trasloco.core.contacts.ContactDecision;

/**
 * An imported list, checked row by row: either every row can be used, or the problems of all rows.
 *
 * @param decisions the decisions of every row, when there is no problem
 * @param problems every row that cannot be used, in file order; empty when the list is good
 */
public record CsvImport(List<ContactDecision> decisions, List<CsvProblem> problems) {

    /**
     * Copies the lists.
     *
     * @param decisions the decisions
     * @param problems the problems
     */
    public CsvImport {
        decisions = List.copyOf(decisions);
        problems = List.copyOf(problems);
    }

    /** Whether every row can be used. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
