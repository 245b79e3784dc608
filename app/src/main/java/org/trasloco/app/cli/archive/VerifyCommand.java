package org.trasloco.app.cli.archive;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.SmackLogging;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.history.HistoryMove;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.providers.ProviderCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco verify}: reads the archive back and compares it with the workspace, per
 * conversation. Exit code 0 when every message is there once and as sent, 4 when something is
 * missing, different or stored twice (each is named).
 */
@Command(name = "verify", resourceBundle = "org.trasloco.app.cli.archive.help", mixinStandardHelpOptions = true)
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HistoryOptions history;

    @Mixin
    private ConnectOptions connect;

    @Option(names = "--path", paramLabel = "PATH", descriptionKey = "verifyPath")
    private String path;

    @Override
    public Integer call() {
        SmackLogging.silence();
        CliIo io = CommandIo.of(spec);
        Password password = ConnectOptions.readPassword(io.in());
        try (Workspace workspace = Workspace.open(history.workspace)) {
            HistoryMove move = new HistoryMove(history.choices(workspace),
                    new AccountAccess(connect.account(history.account()), password, io.locale()), history.myNames(),
                    ProviderCatalogue.bundled());
            return ArchivePrinter.verification(io, move.check(path == null ? null : UploadCommand.parsePath(path),
                    io.locale())) ? ExitCodes.OK : ExitCodes.REFUSED;
        } finally {
            password.wipe();
        }
    }
}
