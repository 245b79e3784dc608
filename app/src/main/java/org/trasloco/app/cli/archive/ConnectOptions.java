package org.trasloco.app.cli.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.trasloco.app.cli.account.ServerOptions;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.upload.SessionOpener;
import org.trasloco.xmpp.connection.ConnectionSettings;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.connection.XmppConnector;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.login.AccountLogin;
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
     * The server of the account, as these options say to reach it.
     *
     * @param account the account
     * @return where to connect
     */
    public ServerAddress server(AccountAddress account) {
        return serverOptions.address(account.domain());
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
                throw new TraslocoException(TraslocoException.Kind.USAGE, ArchiveCliText.PASSWORD_LINE_MISSING);
            }
            return Password.of(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens logged-in sessions, again after each lost connection.
     *
     * @param account the account
     * @param password its password (kept until the command ends)
     * @param locale the language for the server's texts
     * @return the opener
     */
    public SessionOpener opener(AccountAddress account, Password password, Locale locale) {
        return opener(account, password, ConnectionSettings.defaults().withLanguage(locale));
    }

    /**
     * Opens logged-in sessions for reading the archive back: without stream management, which
     * would make the server keep a copy of every result until acknowledged (a quarter of its work
     * in a read-back of thousands of messages, measured with Prosody 0.12).
     *
     * @param account the account
     * @param password its password (kept until the command ends)
     * @param locale the language for the server's texts
     * @return the opener
     */
    public SessionOpener readerOpener(AccountAddress account, Password password, Locale locale) {
        return opener(account, password, ConnectionSettings.defaults().withLanguage(locale).withStreamManagement(false));
    }

    private SessionOpener opener(AccountAddress account, Password password, ConnectionSettings settings) {
        AccountLogin login = new AccountLogin(new XmppConnector(settings));
        ServerAddress server = server(account);
        return () -> login.open(account, server, password);
    }
}
