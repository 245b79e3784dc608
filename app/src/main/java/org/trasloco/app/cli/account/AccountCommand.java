package org.trasloco.app.cli.account;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.CliIo;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.app.cli.TraslocoCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trasloco account}: create an account or check one; alone it prints its help. */
@Command(name = "account", resourceBundle = "org.trasloco.app.cli.account.help", mixinStandardHelpOptions = true,
        subcommands = {CreateAccountCommand.class, CheckAccountCommand.class})
public final class AccountCommand implements Callable<Integer> {

    @ParentCommand
    private TraslocoCommand root;

    @Spec
    private CommandSpec spec;

    /** The streams and language of this run. */
    CliIo io() {
        return root.io();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(root.io().out());
        return ExitCodes.OK;
    }
}
