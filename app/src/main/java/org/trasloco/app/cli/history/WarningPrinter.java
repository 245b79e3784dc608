package org.trasloco.app.cli.history;

import org.trasloco.app.cli.io.CliIo;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.i18n.LocalizedText;

/** Prints import warnings on standard error as "file, line N: text", in the user's language. */
final class WarningPrinter {

    private final CliIo io;

    WarningPrinter(CliIo io) {
        this.io = io;
    }

    void print(ImportWarning warning) {
        io.err().println(format(warning));
    }

    String format(ImportWarning warning) {
        LocalizedText text = warning.line() > 0
                ? LocalizedText.of(HistoryText.WARNING_AT_LINE, warning.file(), warning.line(), warning.text())
                : LocalizedText.of(HistoryText.WARNING_IN_FILE, warning.file(), warning.text());
        return text.format(io.locale());
    }
}
