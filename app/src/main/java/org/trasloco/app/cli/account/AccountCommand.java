package org.trasloco.app.cli.account;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trasloco account}: create an account or check one; alone it prints its help. */
@Command(name = "account", resourceBundle = "org.trasloco.app.cli.account.help", mixinStandardHelpOptions = true,
        subcommands = {CreateAccountCommand.class, CheckAccountCommand.class})
public final class AccountCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(CommandIo.of(spec).out());
        return ExitCodes.OK;
    }
}
