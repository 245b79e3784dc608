package org.trasloco.app.cli.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.upload.SessionOpener;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.ConnectionSettings;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.connection.XmppConnector;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.login.AccountLogin;
import org.trasloco.xmpp.password.Password;
import picocli.CommandLine.Option;

/**
 * {@code --host}, {@code --port}, {@code --pin-sha256}, {@code --password-stdin}: how to reach and
 * log in to the account, the same way as {@code trasloco account check}.
 */
final class ConnectOptions {

    @Option(names = "--host", paramLabel = "HOST", descriptionKey = "host")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "port")
    private Integer port;

    @Option(names = "--pin-sha256", paramLabel = "HEX", descriptionKey = "pinSha256")
    private String pin;

    @Option(names = "--password-stdin", required = true, descriptionKey = "passwordStdin")
    private boolean passwordStdin;

    /** The server of the account, as these options say to reach it. */
    ServerAddress server(AccountAddress account) {
        CertificatePin pinned = pin == null ? null : CertificatePin.parse(pin);
        return new ServerAddress(account.domain(), host, port == null ? 0 : port, pinned);
    }

    /** Reads the password: the first line of standard input. */
    static Password readPassword(InputStream in) {
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
    SessionOpener opener(AccountAddress account, Password password, Locale locale) {
        AccountLogin login = new AccountLogin(new XmppConnector(ConnectionSettings.defaults().withLanguage(locale)));
        ServerAddress server = server(account);
        return () -> login.open(account, server, password);
    }
}
