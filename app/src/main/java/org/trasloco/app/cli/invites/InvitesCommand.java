package org.trasloco.app.cli.invites;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.account.ServerOptions;
import org.trasloco.app.cli.archive.ConnectOptions;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.people.Inviter;
import org.trasloco.invites.share.ShareMessage;
import org.trasloco.move.MoveMessages;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.invites.InvitationList;
import org.trasloco.move.invites.PersonInvitation;
import org.trasloco.move.invites.ServerInvitationReport;
import org.trasloco.move.invites.ServerInvitations;
import org.trasloco.xmpp.password.Password;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco invites --people FILE --address me@example.org [--json]}: for each person, the
 * {@code xmpp:} link, the landing link, the share text in their language and the WhatsApp and
 * Telegram links that send it. With {@code --workspace W --server-invites --password-stdin} the
 * user's server first makes an invitation for each person (see {@link ServerInvitations}): the links
 * then carry it.
 */
@Command(name = "invites", resourceBundle = "org.trasloco.app.cli.invites.help", mixinStandardHelpOptions = true)
public final class InvitesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OwnerOptions owner;

    @Mixin
    private PeopleOptions people;

    @Mixin
    private LandingOption landing;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Option(names = "--qr-dir", paramLabel = "FOLDER", descriptionKey = "qrDir")
    private Path qrDirectory;

    @Option(names = "--server-invites", descriptionKey = "serverInvites")
    private boolean serverInvites;

    @Option(names = "--password-stdin", descriptionKey = "ownPasswordStdin")
    private boolean passwordStdin;

    @Mixin
    private ServerOptions connection;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale language = KitOptions.language(spec, io.locale());
        Inviter inviter = owner.inviter();
        if (!people.given()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, InvitesCliText.NO_SOURCE);
        }
        if (serverInvites) {
            askServer(io, inviter);
        }
        List<PersonInvitation> invitations = people.load(new InvitationList(inviter, landing.landing()), language);
        List<ShareMessage> messages = invitations.stream().map(PersonInvitation::message).toList();
        if (qrDirectory != null) {
            QrImages.write(qrDirectory, messages);
        }
        if (json) {
            writeJson(io, invitations);
        } else if (messages.isEmpty()) {
            io.out().println(LocalizedText.of(InvitesCliText.NOBODY, people.source()).format(io.locale()));
        } else {
            for (ShareMessage message : messages) {
                print(io, message);
            }
        }
        io.out().flush();
        return ExitCodes.OK;
    }

    /** Has the server make the invitations first; says what it did (on standard error with --json). */
    private void askServer(CliIo io, Inviter inviter) {
        if (people.workspaceFile == null) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.SERVER_INVITES_NEED_WORKSPACE);
        }
        if (!passwordStdin) {
            // As every command that logs in: the password only ever comes from standard input, and says so.
            throw new TraslocoException(TraslocoException.Kind.USAGE, InvitesCliText.SERVER_INVITES_PASSWORD);
        }
        people.requireWorkspace();
        ChosenAccount account = new ChosenAccount(inviter.address().bare(), connection.address(inviter.address().domain()));
        ServerInvitationReport report;
        try (Password password = ConnectOptions.readPassword(io.in());
                Workspace workspace = Workspace.open(people.workspaceFile)) {
            report = new ServerInvitations(MoveChoices.of(workspace), account.address(), Clock.systemUTC())
                    .run(new AccountAccess(account, password, io.locale()), ProgressListener.NONE, Cancellation.NEVER);
        }
        PrintWriter out = json ? io.err() : io.out();
        report.summary().forEach(line -> out.println(line.format(io.locale())));
        out.println();
        out.flush();
    }

    private static void print(CliIo io, ShareMessage message) {
        Locale locale = io.locale();
        io.out().println(LocalizedText.of(InvitesCliText.PERSON, message.invitee().name(),
                message.invitee().language().getLanguage()).format(locale));
        io.out().println(LocalizedText.of(InvitesCliText.LINK, message.link().uri()).format(locale));
        io.out().println(LocalizedText.of(InvitesCliText.LANDING, message.link().landing()).format(locale));
        io.out().println(LocalizedText.of(InvitesCliText.TEXT, message.text().replace("\n", "\n    ")).format(locale));
        io.out().println(LocalizedText.of(InvitesCliText.WHATSAPP, message.whatsApp()).format(locale));
        io.out().println(LocalizedText.of(InvitesCliText.TELEGRAM, message.telegram()).format(locale));
        io.out().println();
    }

    /** One JSON array; keys are the contract scripts rely on. */
    private static void writeJson(CliIo io, List<PersonInvitation> invitations) {
        io.out().flush();
        try (JsonGenerator json = new JsonFactory().createGenerator(io.data(), JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (PersonInvitation invitation : invitations) {
                ShareMessage message = invitation.message();
                json.writeStartObject();
                json.writeStringField("name", message.invitee().name());
                json.writeStringField("language", message.invitee().language().getLanguage());
                json.writeStringField("phone", message.invitee().phone());
                json.writeStringField("telegramUser", message.invitee().telegram());
                json.writeStringField("uri", message.link().uri().toString());
                json.writeStringField("landing", message.link().landing());
                json.writeStringField("text", message.text());
                json.writeStringField("whatsapp", message.whatsApp());
                json.writeStringField("telegram", message.telegram());
                json.writeBooleanField("serverInvitation", invitation.serverInvite() != null);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
