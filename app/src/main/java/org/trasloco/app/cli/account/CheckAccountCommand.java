package org.trasloco.app.cli.account;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.SmackLogging;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.password.Password;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trasloco account check --jid J [--host H] [--port P] [--pin-sha256 HEX] --password-stdin}. */
@Command(name = "check", resourceBundle = "org.trasloco.app.cli.account.help", mixinStandardHelpOptions = true)
public final class CheckAccountCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--jid", required = true, paramLabel = "ADDRESS", descriptionKey = "jid")
    private String jid;

    @Mixin
    private ServerOptions server;

    @Option(names = "--password-stdin", required = true, descriptionKey = "passwordStdin")
    private boolean passwordStdin;

    @Override
    public Integer call() {
        SmackLogging.silence();
        CliIo io = CommandIo.of(spec);
        AccountAddress account = AccountAddress.parse(jid);
        Password password = CreateAccountCommand.readPassword(new StdinLines(io.in()),
                AccountText.PASSWORD_LINE_MISSING_NO_CHOICE);
        try {
            new AccountAccess(new ChosenAccount(account, server.address(account.domain())), password, io.locale()).check();
            io.out().println(AccountText.CHECKED.format(io.locale(), account.toString()));
            io.out().flush();
            return ExitCodes.OK;
        } finally {
            password.wipe();
        }
    }
}
