package org.trasloco.app.cli.invites;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.people.Inviter;
import org.trasloco.invites.share.ShareMessage;
import org.trasloco.move.invites.InvitationList;
import org.trasloco.move.invites.PersonInvitation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco invites --people FILE --address me@example.org [--json]}: for each person, the
 * {@code xmpp:} link, the landing link, the share text in their language and the WhatsApp and
 * Telegram links that send it.
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

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale language = KitOptions.language(spec, io.locale());
        Inviter inviter = owner.inviter();
        if (!people.given()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, InvitesCliText.NO_SOURCE);
        }
        List<ShareMessage> messages = people.load(new InvitationList(inviter, landing.landing()), language).stream()
                .map(PersonInvitation::message).toList();
        if (qrDirectory != null) {
            QrImages.write(qrDirectory, messages);
        }
        if (json) {
            writeJson(io, messages);
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
    private static void writeJson(CliIo io, List<ShareMessage> messages) {
        io.out().flush();
        try (JsonGenerator json = new JsonFactory().createGenerator(io.data(), JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (ShareMessage message : messages) {
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
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
