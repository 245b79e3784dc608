package org.trasloco.app.wizard.history;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.history.HistoryPreparation;
import org.trasloco.move.history.ImportedExports;
import org.trasloco.xmpp.archive.retention.RetentionVerdict;
import org.trasloco.xmpp.archive.upload.UploadPath;

/**
 * What the user reads before anything leaves the computer, in words: where the history goes and
 * why this way, what the server does with it, the photos and files, and why the server is refused
 * when it would delete the history.
 */
final class PlanTexts {

    private final WizardTexts texts;
    private final HistoryPreparation prepared;

    PlanTexts(WizardTexts texts, HistoryPreparation prepared) {
        this.texts = texts;
        this.prepared = prepared;
    }

    /** Where the history goes. */
    String path() {
        return prepared.path() == UploadPath.IMPORT ? texts.get("history.path.import") : texts.get("history.path.notes");
    }

    /** Why this way. */
    String why() {
        return prepared.path() == UploadPath.IMPORT ? texts.get("history.why.import", prepared.domain())
                : texts.get("history.why.notes", prepared.domain());
    }

    /** How many messages from how many conversations. */
    String conversations() {
        return texts.get("history.conversations", prepared.summary().entries(),
                prepared.summary().conversations().size());
    }

    /** Where the data goes, unencrypted, and for how long (the same words as the command line's). */
    String disclosure() {
        return texts.get(prepared.disclosure());
    }

    /** What the server does not say about keeping the history, when it does not say it. */
    String retention() {
        return prepared.verdict().blocks() ? "" : prepared.retentionNote().map(texts::get).orElse("");
    }

    /** Why nothing is sent to this server, when it would delete the history. */
    Optional<String> blocked() {
        RetentionVerdict verdict = prepared.verdict();
        return switch (verdict.outcome()) {
            case TOO_SHORT -> Optional.of(texts.get("history.blocked.tooShort", prepared.domain(), verdict.keptDays(),
                    verdict.ageDays()));
            case TOO_MANY -> Optional.of(texts.get("history.blocked.tooMany", prepared.domain(), verdict.itemLimit(),
                    verdict.messages()));
            case KEPT, UNKNOWN -> Optional.empty();
        };
    }

    /** What the user can do about a server that would delete the history. */
    String blockedWhat() {
        return texts.get("history.blocked.what", prepared.domain());
    }

    /** The photos and files: how many, how big, the server's limit; or why they stay behind. */
    String media(ImportedExports exports) {
        Optional<HistoryPreparation.MediaPreview> media = prepared.media();
        if (media.isEmpty()) {
            return exports.gone().isEmpty() || prepared.summary().attachmentsInExport() == 0 ? ""
                    : texts.get("history.media.gone",
                    exports.gone().stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        HistoryPreparation.MediaPreview preview = media.get();
        if (!preview.available()) {
            return prepared.summary().attachmentsInExport() == 0 ? ""
                    : texts.get("history.media.unavailable", prepared.domain());
        }
        String found = preview.files() == 0 ? texts.get("history.media.none")
                : texts.get("history.media.count", preview.files(), megabytes(preview.totalBytes()),
                        megabytes(preview.maxFileSize()));
        return preview.missing().isEmpty() ? found : found + " " + texts.get("history.media.missing",
                preview.missing().size());
    }

    /** The operator's way, for a server without the import module. */
    String operator() {
        return texts.get("history.operator.text", prepared.domain());
    }

    private String megabytes(long bytes) {
        return bytes < 1_000_000 ? texts.get("history.size.kb", Math.max(1, Math.round(bytes / 1e3)))
                : texts.get("history.size.mb", bytes / 1e6);
    }
}
