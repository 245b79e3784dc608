package org.trasloco.app.cli.keepsake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.ProgressBar;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.keepsake.conversations.AppBackupResult;
import org.trasloco.move.MoveMessages;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.keepsake.PrivateCopies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco app-backup --workspace W --backup IN.ceb --password-stdin -o OUT.ceb}: the history
 * added to the user's own Conversations backup, to restore in the app; it never passes through a
 * server. The password (the account's, which encrypts the app's backups) is read from standard input.
 */
@Command(name = "app-backup", resourceBundle = "org.trasloco.app.cli.keepsake.help", mixinStandardHelpOptions = true)
public final class AppBackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SelectionOptions which;

    @Option(names = "--backup", required = true, paramLabel = "IN.ceb", descriptionKey = "backup")
    private Path backup;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.ceb", descriptionKey = "backupOutput")
    private Path output;

    @Option(names = "--password-stdin", required = true, descriptionKey = "passwordStdin")
    private boolean passwordStdin;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale locale = io.locale();
        char[] password = readPassword(io);
        try (Workspace workspace = Workspace.open(which.workspace);
                ProgressBar progress = new ProgressBar(io, backup.toString())) {
            PrivateCopies copies = new PrivateCopies(MoveChoices.of(workspace));
            AppBackupResult result = copies.phoneBackup(backup, output, password, locale, which.selection(copies),
                    progress, Cancellation.NEVER);
            progress.close();
            io.out().println(KeepsakeCliText.BACKUP_WRITTEN.format(locale, result.messagesAdded(),
                    result.conversationsAdded() + result.conversationsExtended(), result.account(), result.output()));
            result.skipped().forEach(skipped -> io.out().println("  " + KeepsakeCliText.BACKUP_SKIPPED.format(locale,
                    skipped.title(), skipped.reason().format(locale))));
            result.warningIfAny().ifPresent(warning -> io.out().println(warning.format(locale)));
            io.out().println(KeepsakeCliText.BACKUP_NEXT.format(locale, result.app()));
            return ExitCodes.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The first line of standard input, as characters that can be wiped. */
    private static char[] readPassword(CliIo io) {
        try {
            String line = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.PASSWORD_LINE_MISSING);
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
