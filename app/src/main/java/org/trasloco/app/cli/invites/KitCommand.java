package org.trasloco.app.cli.invites;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.invites.InvitationList;
import org.trasloco.move.invites.KitOrder;
import org.trasloco.move.invites.Kits;
import org.trasloco.move.invites.PersonInvitation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trasloco kit --address me@example.org -o kit.pdf}: the printable kit for one person. */
@Command(name = "kit", resourceBundle = "org.trasloco.app.cli.invites.help", mixinStandardHelpOptions = true)
public final class KitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OwnerOptions owner;

    @Mixin
    private KitOptions options;

    @Mixin
    private LandingOption landingOption;

    @Mixin
    private PeopleOptions people;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "output")
    private Path output;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale language = KitOptions.language(spec, io.locale());
        Inviter inviter = owner.inviter();
        LandingLinks landing = landingOption.landing();
        List<PersonInvitation> cards = people.load(new InvitationList(inviter, landing), language);
        // Each card also names the group chats of the move its person will be in.
        KitResult result = Kits.save(KitOrder.forInvitations(inviter, language, options.paper, options.size(),
                options.webChat, landing, cards, people.groups(inviter.address())), output);
        io.out().println(LocalizedText.of(InvitesCliText.KIT_WRITTEN, output, result.pages(), result.qrCodes().size())
                .format(io.locale()));
        return ExitCodes.OK;
    }
}
