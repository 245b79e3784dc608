package org.trasloco.app.wizard.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.xmpp.archive.plan.ConversationPlan;
import org.trasloco.xmpp.archive.plan.ConversationRef;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.verify.ConversationCheck;
import org.trasloco.xmpp.archive.verify.VerificationReport;

/**
 * One conversation in the step's table: what goes and how; after the read-back, what was confirmed
 * and what is wrong.
 *
 * @param title the conversation
 * @param messages the messages that go (expected in the archive)
 * @param how how they go, in words
 * @param confirmed the messages confirmed of those expected, in words, or {@code null} before the read-back
 * @param problems what the read-back found wrong, in words, or {@code null} before it
 */
record ConversationRow(String title, long messages, String how, String confirmed, String problems) {

    /** The rows of a plan, before anything is sent. */
    static List<ConversationRow> planned(PlanSummary summary, UploadPath path, WizardTexts texts) {
        List<ConversationRow> rows = new ArrayList<>();
        for (ConversationPlan plan : summary.conversations()) {
            rows.add(new ConversationRow(plan.title(), plan.entries(), how(plan, path, texts), null, null));
        }
        return rows;
    }

    /** The rows of a read-back, with how each conversation went in where the plan says it. */
    static List<ConversationRow> checked(VerificationReport report, PlanSummary summary, UploadPath path,
            WizardTexts texts) {
        Map<ConversationRef, ConversationPlan> plans = new HashMap<>();
        summary.conversations().forEach(plan -> plans.put(plan.ref(), plan));
        List<ConversationRow> rows = new ArrayList<>();
        for (ConversationCheck check : report.conversations()) {
            ConversationPlan plan = plans.get(check.ref());
            String problems = check.complete() ? texts.get("history.problems.none")
                    : texts.get("history.problems", check.missing(), check.different(), check.duplicated());
            rows.add(new ConversationRow(check.title(), check.expected(), plan == null ? "" : how(plan, path, texts),
                    texts.get("history.confirmedOf", check.confirmed(), check.expected()), problems));
        }
        return rows;
    }

    private static String how(ConversationPlan plan, UploadPath path, WizardTexts texts) {
        String how;
        if (!plan.notes()) {
            how = texts.get("history.how.import");
        } else if (path == UploadPath.IMPORT && plan.kind() == ConversationKind.GROUP) {
            how = texts.get("history.how.group");
        } else {
            how = texts.get("history.how.notes");
        }
        return plan.skippedTotal() > 0 ? texts.get("history.how.leftOut", how, plan.skippedTotal()) : how;
    }
}
