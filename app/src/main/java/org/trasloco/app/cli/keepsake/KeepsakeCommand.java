package org.trasloco.app.cli.keepsake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.invites.PaperConverter;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.ProgressBar;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.keepsake.book.BookResult;
import org.trasloco.keepsake.html.HtmlKeepsakeResult;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.keepsake.PrivateCopies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco keepsake --workspace W -o DIR [--media EXPORT]…}: the history as a folder that opens
 * in any browser, offline; with {@code --pdf}, as a book to print. No server is involved.
 */
@Command(name = "keepsake", resourceBundle = "org.trasloco.app.cli.keepsake.help", mixinStandardHelpOptions = true)
public final class KeepsakeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SelectionOptions which;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PATH", descriptionKey = "output")
    private Path output;

    @Option(names = "--pdf", descriptionKey = "pdf")
    private boolean pdf;

    @Option(names = "--media", paramLabel = "EXPORT", descriptionKey = "media")
    private List<Path> media = new ArrayList<>();

    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "paper", converter = PaperConverter.class)
    private PaperFormat paper = PaperFormat.A4;

    @Option(names = "--large", descriptionKey = "large")
    private boolean large;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale locale = io.locale();
        try (Workspace workspace = Workspace.open(which.workspace);
                ProgressBar progress = new ProgressBar(io, output.toString())) {
            PrivateCopies copies = new PrivateCopies(MoveChoices.of(workspace));
            if (pdf) {
                BookResult book = copies.book(output, locale, paper, large ? PrintSize.LARGE : PrintSize.NORMAL,
                        which.selection(copies), media, progress, Cancellation.NEVER);
                progress.close();
                io.out().println(KeepsakeCliText.BOOK_WRITTEN.format(locale, book.output(), book.pages(),
                        book.conversations(), book.messages(), book.photos()));
            } else {
                HtmlKeepsakeResult web = copies.keepsake(output, locale, large, which.selection(copies), media, progress,
                        Cancellation.NEVER);
                progress.close();
                io.out().println(KeepsakeCliText.WEB_WRITTEN.format(locale, web.index(), web.conversations(),
                        web.messages(), web.pages()));
                io.out().println(KeepsakeCliText.WEB_FILES.format(locale, web.filesCopied(), web.filesMissing()));
            }
        }
        return ExitCodes.OK;
    }
}
