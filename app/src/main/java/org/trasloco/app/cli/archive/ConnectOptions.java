package org.trasloco.app.cli.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.trasloco.app.cli.account.ServerOptions;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.MoveMessages;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.password.Password;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --host}, {@code --port}, {@code --pin-sha256}, {@code --password-stdin}: how to reach and
 * log in to the account, the same way as {@code trasloco account check}. A picocli mixin; the
 * command's help bundle needs the keys {@code host}, {@code port}, {@code pinSha256} and
 * {@code passwordStdin}.
 */
public final class ConnectOptions {

    @Mixin
    private ServerOptions serverOptions;

    @Option(names = "--password-stdin", required = true, descriptionKey = "passwordStdin")
    private boolean passwordStdin;

    /**
     * The account, and its server as these options say to reach it.
     *
     * @param account the account
     * @return the account to log in to
     */
    public ChosenAccount account(AccountAddress account) {
        return new ChosenAccount(account, serverOptions.address(account.domain()));
    }

    /**
     * Reads the password: the first line of standard input.
     *
     * @param in standard input
     * @return the password
     * @throws TraslocoException {@code USAGE} when the line is missing or empty
     */
    public static Password readPassword(InputStream in) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line != null && line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line == null || line.isEmpty()) {
                throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.PASSWORD_LINE_MISSING);
            }
            return Password.of(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
