package org.trasloco.app.cli.archive;

import org.trasloco.app.cli.io.CliIo;
import org.trasloco.xmpp.archive.plan.ConversationPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.verify.VerificationReport;

/** Prints what the archive commands share: the plan per conversation, and what the read-back found. */
final class ArchivePrinter {

    private ArchivePrinter() {
    }

    static void plan(CliIo io, PlanSummary summary) {
        for (ConversationPlan conversation : summary.conversations()) {
            ArchiveCliText line = !conversation.notes() ? ArchiveCliText.PLAN_CONVERSATION
                    : switch (conversation.kind()) {
                        case GROUP -> ArchiveCliText.PLAN_CONVERSATION_NOTES_GROUP;
                        case CHANNEL -> ArchiveCliText.PLAN_CONVERSATION_NOTES_CHANNEL;
                        case DIRECT -> ArchiveCliText.PLAN_CONVERSATION_NOTES;
                    };
            String text = line.format(io.locale(), conversation.title(), conversation.entries());
            if (conversation.skippedTotal() > 0) {
                text += " " + ArchiveCliText.PLAN_LEFT_OUT.format(io.locale(), conversation.skippedTotal());
            }
            io.out().println("  " + text);
        }
        io.out().println(ArchiveCliText.PLAN_TOTAL.format(io.locale(), summary.entries(), summary.conversations().size()));
    }

    /** Prints the verdict (and the problems, if any); returns whether everything is confirmed. */
    static boolean verification(CliIo io, VerificationReport report) {
        if (!report.complete()) {
            report.details(io.locale()).forEach(io.out()::println);
        }
        io.out().println(ArchiveCliText.READ_BACK.format(io.locale(), report.archiveItems(),
                report.elapsed().toNanos() / 1e9));
        io.out().println(report.summary().format(io.locale()));
        io.out().flush();
        return report.complete();
    }
}
