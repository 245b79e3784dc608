package org.trasloco.app.cli.invites;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.CliIo;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.app.cli.TraslocoCommand;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.kit.InviteCard;
import org.trasloco.invites.kit.KitBook;
import org.trasloco.invites.kit.KitContent;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Inviter;
import org.trasloco.invites.share.Invitations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trasloco kit --address me@example.org -o kit.pdf}: the printable kit for one person. */
@Command(name = "kit", resourceBundle = "org.trasloco.app.cli.invites.help", mixinStandardHelpOptions = true)
public final class KitCommand implements Callable<Integer> {

    @ParentCommand
    private TraslocoCommand root;

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
        CliIo io = root.io();
        Locale language = KitOptions.language(spec, io.locale());
        Inviter inviter = owner.inviter();
        LandingLinks landing = landingOption.landing();
        List<InviteCard> cards = Invitations.forPeople(inviter, people.load(language), landing, person -> null).stream()
                .map(message -> new InviteCard(message.invitee().name(), message.link())).toList();
        KitContent kit = new KitContent(inviter, Invitations.addMe(inviter, null, landing), null,
                options.apps(inviter.address().domain()), cards, language);
        KitResult result = Output.write(output, out -> {
            try (KitBook book = new KitBook(options.paper, options.size())) {
                return book.add(kit).write(out);
            }
        });
        io.out().println(LocalizedText.of(InvitesCliText.KIT_WRITTEN, output, result.pages(), result.qrCodes().size())
                .format(io.locale()));
        return ExitCodes.OK;
    }
}
