package org.trasloco.move.history;

import java.nio.file.Path;
import java.util.Locale;
import org.trasloco.xmpp.archive.pie.PieExporter;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.MediaLinks;
import org.trasloco.xmpp.archive.plan.PlanSummary;

/**
 * The history as an XEP-0227 file for the server's operator, who imports it with the server's own
 * tools ({@code docs/operators.md}): the way in when the server has no archive-import module and its
 * operator is at hand. Works offline; the file holds no password.
 */
public final class OperatorFile {

    private OperatorFile() {
    }

    /**
     * What was written.
     *
     * @param summary the plan's numbers per conversation
     * @param messages how many messages the file holds
     */
    public record Written(PlanSummary summary, long messages) {
    }

    /**
     * Writes the file.
     *
     * @param planner the history of the account
     * @param labels the language of the labels written into messages
     * @param output the file to write
     * @return what it holds
     */
    public static Written write(HistoryPlanner planner, Locale labels, Path output) {
        HistoryPlan plan = planner.plan(false, labels, MediaLinks.NONE);
        PlanSummary summary = plan.summarize();
        return new Written(summary, PieExporter.write(output, planner.account(), plan, summary));
    }
}
