package org.trasloco.app.cli.account;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.CliIo;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.xmpp.connection.ConnectionSettings;
import org.trasloco.xmpp.connection.XmppConnector;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.login.AccountLogin;
import org.trasloco.xmpp.password.Password;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code trasloco account check --jid J [--host H] [--port P] [--pin-sha256 HEX] --password-stdin}. */
@Command(name = "check", resourceBundle = "org.trasloco.app.cli.account.help", mixinStandardHelpOptions = true)
public final class CheckAccountCommand implements Callable<Integer> {

    @ParentCommand
    private AccountCommand parent;

    @Option(names = "--jid", required = true, paramLabel = "ADDRESS", descriptionKey = "jid")
    private String jid;

    @Mixin
    private ServerOptions server;

    @Option(names = "--password-stdin", required = true, descriptionKey = "passwordStdin")
    private boolean passwordStdin;

    @Override
    public Integer call() {
        SmackLogging.silence();
        CliIo io = parent.io();
        AccountAddress account = AccountAddress.parse(jid);
        Password password = CreateAccountCommand.readPassword(new StdinLines(io.in()),
                AccountText.PASSWORD_LINE_MISSING_NO_CHOICE);
        try {
            new AccountLogin(new XmppConnector(ConnectionSettings.defaults().withLanguage(io.locale())))
                    .check(account, server.address(account.domain()), password);
            io.out().println(AccountText.CHECKED.format(io.locale(), account.toString()));
            io.out().flush();
            return ExitCodes.OK;
        } finally {
            password.wipe();
        }
    }
}
