package org.trasloco.app.cli.archive;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.CliIo;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.app.cli.TraslocoCommand;
import org.trasloco.app.cli.account.SmackLogging;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.protocol.ImportDiscovery;
import org.trasloco.xmpp.archive.upload.SessionOpener;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.verify.ArchiveVerifier;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.password.Password;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code trasloco verify}: reads the archive back and compares it with the workspace, per
 * conversation. Exit code 0 when every message is there once and as sent, 4 when something is
 * missing, different or stored twice (each is named).
 */
@Command(name = "verify", resourceBundle = "org.trasloco.app.cli.archive.help", mixinStandardHelpOptions = true)
public final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    private TraslocoCommand root;

    @Mixin
    private HistoryOptions history;

    @Mixin
    private ConnectOptions connect;

    @Option(names = "--path", paramLabel = "PATH", descriptionKey = "verifyPath")
    private String path;

    @Override
    public Integer call() {
        SmackLogging.silence();
        CliIo io = root.io();
        AccountAddress account = history.account();
        Password password = ConnectOptions.readPassword(io.in());
        try (Workspace workspace = Workspace.open(history.workspace)) {
            SessionOpener opener = connect.opener(account, password, io.locale());
            UploadPath chosen = path != null ? UploadCommand.parsePath(path) : ArchiveState.path(workspace, account).orElse(null);
            if (chosen == null) {
                try (XmppSession session = opener.open()) {
                    chosen = UploadPath.choose(null, ImportDiscovery.discover(session), account.domain());
                }
            }
            Locale labels = ArchiveState.language(workspace, account).orElse(io.locale());
            HistoryPlan plan = history.plan(workspace, chosen == UploadPath.NOTES, labels,
                    MediaState.links(workspace, account));
            return verifyAndReport(io, connect.readerOpener(account, password, io.locale()), plan, plan.summarize(),
                    chosen);
        } finally {
            password.wipe();
        }
    }

    /**
     * Reads the archive back, prints the verdict (and the problems, if any) and returns the exit code.
     *
     * @param io the streams
     * @param opener opens a session for reading ({@link ConnectOptions#readerOpener})
     * @param plan what should be there
     * @param summary its numbers
     * @param path how it was uploaded
     * @return 0 when everything is confirmed, 4 otherwise
     */
    static int verifyAndReport(CliIo io, SessionOpener opener, HistoryPlan plan, PlanSummary summary, UploadPath path) {
        Instant since = path == UploadPath.IMPORT ? summary.oldest() : null;
        VerificationReport report;
        try (XmppSession session = opener.open()) {
            report = new ArchiveVerifier(session).verify(plan, summary, since);
        }
        if (!report.complete()) {
            report.details(io.locale()).forEach(io.out()::println);
        }
        io.out().println(ArchiveCliText.READ_BACK.format(io.locale(), report.archiveItems(),
                report.elapsed().toNanos() / 1e9));
        io.out().println(report.summary().format(io.locale()));
        io.out().flush();
        return report.complete() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
