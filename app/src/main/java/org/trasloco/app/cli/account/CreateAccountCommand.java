package org.trasloco.app.cli.account;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.SmackLogging;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.account.SignUp;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.invitation.Invitation;
import org.trasloco.xmpp.invitation.InvitationUri;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.password.PasswordGenerator;
import org.trasloco.xmpp.providers.CatalogueStore;
import org.trasloco.xmpp.registration.CreatedAccount;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trasloco account create --domain D [--host H] [--port P] [--pin-sha256 HEX]
 * (--username U | --invite URI) (--password-stdin | --generate-password)}.
 */
@Command(name = "create", resourceBundle = "org.trasloco.app.cli.account.help", mixinStandardHelpOptions = true)
public final class CreateAccountCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--domain", paramLabel = "DOMAIN", descriptionKey = "domain")
    private String domain;

    @Mixin
    private ServerOptions server;

    @Option(names = "--username", paramLabel = "NAME", descriptionKey = "username")
    private String username;

    @Option(names = "--invite", paramLabel = "URI", descriptionKey = "invite")
    private String invite;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private PasswordSource passwordSource;

    @Option(names = "--cache", paramLabel = "DIR", descriptionKey = "cache")
    private Path cache;

    /** Where the password comes from: exactly one of the two. */
    static final class PasswordSource {
        @Option(names = "--password-stdin", required = true, descriptionKey = "passwordStdin")
        boolean stdin;

        @Option(names = "--generate-password", required = true, descriptionKey = "generatePassword")
        boolean generate;
    }

    @Override
    public Integer call() {
        SmackLogging.silence();
        CliIo io = CommandIo.of(spec);
        Locale locale = io.locale();
        Invitation invitation = invite == null ? null : InvitationUri.parse(invite);
        if (username == null && invitation == null) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, AccountText.NAME_OR_INVITE_NEEDED);
        }
        if (domain == null && invitation == null) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, AccountText.DOMAIN_NEEDED);
        }
        ServerAddress address = server.address(SignUp.domain(domain, invitation));
        StdinLines lines = new StdinLines(io.in());
        Password password = passwordSource.generate ? PasswordGenerator.forLocale(locale).generate() : readPassword(lines, AccountText.PASSWORD_LINE_MISSING);
        try {
            CreatedAccount account = new SignUp(new CatalogueStore(CacheDirectory.orStandard(cache)).load(), locale)
                    .create(address, username, password, invitation, new PromptingQuestions(io, lines));
            io.out().println(AccountText.CREATED.format(locale, account.jid()));
            if (passwordSource.generate) {
                io.out().println(AccountText.GENERATED_PASSWORD.format(locale, password.reveal()));
                io.out().println(AccountText.GENERATED_PASSWORD_NOTE.format(locale));
            }
            account.invitedBy().ifPresent(inviter -> io.out().println(account.inviterIsContact()
                    ? AccountText.INVITER_IS_CONTACT.format(locale, inviter)
                    : AccountText.INVITER_NOT_YET_CONTACT.format(locale, inviter)));
            io.out().flush();
            return ExitCodes.OK;
        } finally {
            password.wipe();
        }
    }

    static Password readPassword(StdinLines lines, AccountText whenMissing) {
        String line = lines.next();
        if (line == null || line.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, whenMissing);
        }
        return Password.of(line);
    }
}
