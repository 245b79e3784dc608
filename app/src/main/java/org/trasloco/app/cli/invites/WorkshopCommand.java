package org.trasloco.app.cli.invites;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.account.ServerOptions;
import org.trasloco.app.cli.archive.ConnectOptions;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.invites.WorkshopKits;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.password.Password;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco workshop participants.csv --server example.org -o kits.pdf}: a kit per
 * participant, in their language, after a facilitator sheet; {@code --each} writes one file per
 * person into the folder {@code -o} names; {@code --invite-as admin@example.org --password-stdin}
 * first has the server create an account invitation for each participant, printed on their kit.
 * The workflow is {@link WorkshopKits}, as in the wizard.
 */
@Command(name = "workshop", resourceBundle = "org.trasloco.app.cli.invites.help", mixinStandardHelpOptions = true)
public final class WorkshopCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PARTICIPANTS.csv", descriptionKey = "participants")
    private Path participants;

    @Option(names = "--server", required = true, paramLabel = "DOMAIN", descriptionKey = "server")
    private String server;

    @Mixin
    private KitOptions options;

    @Mixin
    private LandingOption landing;

    @Option(names = "--each", descriptionKey = "each")
    private boolean each;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "workshopOutput")
    private Path output;

    @Option(names = "--invite-as", paramLabel = "ADMIN", descriptionKey = "inviteAs")
    private String administrator;

    @Option(names = "--password-stdin", descriptionKey = "passwordStdin")
    private boolean passwordStdin;

    @Mixin
    private ServerOptions connection;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale language = KitOptions.language(spec, io.locale());
        WorkshopKits workshop = new WorkshopKits(server, landing.landing(), options.webChat);
        List<PlannedParticipant> plan = workshop.plan(participants, language);
        if (administrator != null) {
            plan = createInvitations(io, workshop, plan);
        }
        if (each) {
            Map<Path, KitResult> files = workshop.writeEach(plan, options.paper, options.size(), language, output);
            files.forEach((file, result) -> io.out().println(
                    LocalizedText.of(InvitesCliText.WORKSHOP_FILE, file, result.pages()).format(io.locale())));
        } else {
            KitResult result = workshop.writeAll(plan, options.paper, options.size(), language, output);
            io.out().println(LocalizedText.of(InvitesCliText.WORKSHOP_WRITTEN, output, plan.size(), result.pages())
                    .format(io.locale()));
        }
        return ExitCodes.OK;
    }

    private List<PlannedParticipant> createInvitations(CliIo io, WorkshopKits workshop, List<PlannedParticipant> plan) {
        if (!passwordStdin) {
            // As every command that logs in: the password only ever comes from standard input, and says so.
            throw new TraslocoException(TraslocoException.Kind.USAGE, InvitesCliText.PASSWORD_STDIN_NEEDED);
        }
        AccountAddress admin = AccountAddress.parse(administrator);
        ChosenAccount account = new ChosenAccount(admin, connection.address(admin.domain()));
        try (Password password = ConnectOptions.readPassword(io.in())) {
            List<PlannedParticipant> invited = workshop.createAccountInvitations(plan,
                    new AccountAccess(account, password, io.locale()).opener(), (done, total) -> { }, Cancellation.NEVER);
            long created = invited.stream().filter(p -> p.participant().accountToken() != null).count()
                    - plan.stream().filter(p -> p.participant().accountToken() != null).count();
            io.out().println(LocalizedText.of(InvitesCliText.WORKSHOP_INVITED, created, workshop.server())
                    .format(io.locale()));
            return invited;
        }
    }
}
