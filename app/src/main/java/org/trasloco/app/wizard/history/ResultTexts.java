package org.trasloco.app.wizard.history;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.verify.VerificationReport;

/** What the read-back found, in words: the big count, what it means, and the details to copy for a helper. */
final class ResultTexts {

    private final WizardTexts texts;
    private final String domain;

    ResultTexts(WizardTexts texts, String domain) {
        this.texts = texts;
        this.domain = domain;
    }

    /** "12,408 of 12,408 messages confirmed". */
    String count(long confirmed, long expected) {
        return texts.get("history.done.count", confirmed, expected);
    }

    /** What the result means and what to do about a difference. */
    String meaning(VerificationReport report, boolean afterUpload) {
        if (report.complete()) {
            return texts.get("history.done.complete", domain);
        }
        return afterUpload ? texts.get("history.done.incomplete")
                : texts.get("history.done.incomplete.operator", domain);
    }

    /** An earlier read-back, remembered on the workspace. */
    String earlier(MoveChoices.Verified verified, List<String> joinedSince) {
        String checked = texts.get("history.done.earlier", Date.from(verified.at()));
        return joinedSince.isEmpty() ? checked
                : checked + "\n\n" + texts.get("history.done.joined", String.join(", ", joinedSince));
    }

    /** What happened to the photos and files. */
    List<String> media(MediaReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("history.done.media", report.uploaded(), report.alreadyThere(), report.leftBehind().size()));
        lines.addAll(report.leftBehind());
        return lines;
    }

    /** Everything a helper needs to understand the result, as plain text. */
    String details(VerificationReport report, String account, UploadPath path) {
        StringBuilder text = new StringBuilder();
        text.append(texts.get("history.details.header", account, domain, path.id())).append('\n');
        text.append(texts.get(report.summary())).append('\n');
        for (String line : report.details(texts.locale())) {
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
