package org.trasloco.app.cli.invites;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.files.WholeFile;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.workshop.ParticipantsCsv;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.invites.workshop.Workshop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco workshop participants.csv --server example.org -o kits.pdf}: a kit per
 * participant, in their language, after a facilitator sheet; {@code --each} writes one file per
 * person into the folder {@code -o} names.
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

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale language = KitOptions.language(spec, io.locale());
        AppsCatalogue apps = options.webChat == null ? AppsCatalogue.bundled()
                : AppsCatalogue.bundled().withWebChat(server, options.webChat);
        Workshop workshop = new Workshop(server, landing.landing(), apps);
        List<PlannedParticipant> plan = workshop.plan(ParticipantsCsv.read(participants, language));
        if (each) {
            Map<Path, KitResult> files = workshop.writeEach(plan, options.paper, options.size(), language, output);
            files.forEach((file, result) -> io.out().println(
                    LocalizedText.of(InvitesCliText.WORKSHOP_FILE, file, result.pages()).format(io.locale())));
        } else {
            KitResult result = WholeFile.write(output,
                    out -> workshop.writeAll(plan, options.paper, options.size(), language, out));
            io.out().println(LocalizedText.of(InvitesCliText.WORKSHOP_WRITTEN, output, plan.size(), result.pages())
                    .format(io.locale()));
        }
        return ExitCodes.OK;
    }
}
