package org.trasloco.invites.workshop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.files.WholeFile;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.invites.kit.FacilitatorSheet;
import org.trasloco.invites.kit.KitBook;
import org.trasloco.invites.kit.KitContent;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.InviteLink;
import org.trasloco.invites.links.InviteLinks;
import org.trasloco.invites.links.Jid;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Inviter;
import org.trasloco.invites.share.Invitations;

/**
 * A workshop on one server: plans everyone's address, then prints their kits and the facilitator
 * sheet. Addresses not given are suggested from names ({@code Anna Rossi} → {@code anna.rossi}),
 * made unique with a number, and marked "suggested" on the sheet so the facilitator checks they are
 * still free when the account is made.
 */
public final class Workshop {

    private final String server;
    private final LandingLinks landing;
    private final AppsCatalogue apps;

    /**
     * A workshop.
     *
     * @param server the server's domain
     * @param landing where landing links point
     * @param apps the apps catalogue (the server's web chat is added when known)
     */
    public Workshop(String server, LandingLinks landing, AppsCatalogue apps) {
        this.server = Jid.server(Objects.requireNonNull(server, "server")).domain();
        this.landing = Objects.requireNonNull(landing, "landing");
        this.apps = Objects.requireNonNull(apps, "apps").forServer(this.server);
    }

    /** The server's domain, normalised. */
    public String server() {
        return server;
    }

    /**
     * Gives everyone an address.
     *
     * @param participants the list, in order
     * @return the plan, in the same order
     * @throws TraslocoException ({@code BAD_INPUT}) for an invalid or twice-given address
     */
    public List<PlannedParticipant> plan(List<Participant> participants) {
        Set<String> taken = new HashSet<>();
        for (Participant participant : participants) {
            if (participant.address() != null) {
                String address = addressOf(participant.address()).toString();
                if (!taken.add(address)) {
                    throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, WorkshopText.DUPLICATE_ADDRESS, address);
                }
            }
        }
        List<PlannedParticipant> plan = new ArrayList<>(participants.size());
        for (Participant participant : participants) {
            if (participant.address() != null) {
                plan.add(new PlannedParticipant(participant, addressOf(participant.address()), false));
                continue;
            }
            String base = suggestion(participant.name());
            String local = base;
            for (int n = 2; taken.contains(local + "@" + server); n++) {
                local = base + n;
            }
            Jid address = new Jid(local, server, null);
            taken.add(address.toString());
            plan.add(new PlannedParticipant(participant, address, true));
        }
        return plan;
    }

    /**
     * The facilitator sheet for a plan.
     *
     * @param plan the plan
     * @return the sheet
     */
    public FacilitatorSheet sheet(List<PlannedParticipant> plan) {
        return new FacilitatorSheet(server, plan.stream().map(p -> new FacilitatorSheet.Row(p.participant().name(),
                p.participant().language(), p.address().toString(), p.suggested())).toList());
    }

    /**
     * One participant's kit: their address on the cover, a page of blank invite cards, and the
     * account invitation in the first steps when the list gave a token.
     *
     * @param planned the participant
     * @return the kit's content
     */
    public KitContent kit(PlannedParticipant planned) {
        Participant participant = planned.participant();
        Inviter owner = new Inviter(participant.name(), planned.address());
        InviteLink account = participant.accountToken() == null ? null
                : landing.invite(InviteLinks.account(planned.address().domain(), participant.accountToken()), null);
        return new KitContent(owner, Invitations.addMe(owner, null, landing), account,
                apps.forServer(planned.address().domain()), List.of(), participant.language());
    }

    /**
     * Prints the facilitator sheet and every kit into one PDF.
     *
     * @param plan the plan
     * @param paper the paper
     * @param size the print size
     * @param facilitatorLanguage the language of the sheet
     * @param out where to write; not closed
     * @return what was printed
     */
    public KitResult writeAll(List<PlannedParticipant> plan, PaperFormat paper, PrintSize size, Locale facilitatorLanguage,
            OutputStream out) {
        try (KitBook book = new KitBook(paper, size)) {
            book.add(sheet(plan), facilitatorLanguage);
            plan.forEach(planned -> book.add(kit(planned)));
            return book.write(out);
        }
    }

    /**
     * Prints the facilitator sheet and each kit into its own file: {@code 00-facilitator.pdf},
     * {@code 01-anna.rossi.pdf}, … Each file is written whole or not at all, readable by its owner
     * only.
     *
     * @param plan the plan
     * @param paper the paper
     * @param size the print size
     * @param facilitatorLanguage the language of the sheet
     * @param directory the folder, created if missing
     * @return what each file holds, by file, in order
     * @throws TraslocoException ({@code STORAGE}) when a file cannot be written
     */
    public Map<Path, KitResult> writeEach(List<PlannedParticipant> plan, PaperFormat paper, PrintSize size,
            Locale facilitatorLanguage, Path directory) {
        Map<Path, KitResult> written = new LinkedHashMap<>();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new TraslocoException(TraslocoException.Kind.STORAGE,
                    LocalizedText.of(WorkshopText.CANNOT_WRITE, directory), e);
        }
        Path sheetFile = directory.resolve("00-facilitator.pdf");
        written.put(sheetFile, WholeFile.write(sheetFile, out -> {
            try (KitBook book = new KitBook(paper, size)) {
                return book.add(sheet(plan), facilitatorLanguage).write(out);
            }
        }));
        int digits = Math.max(2, String.valueOf(plan.size()).length());
        for (int i = 0; i < plan.size(); i++) {
            PlannedParticipant planned = plan.get(i);
            String name = String.format(Locale.ROOT, "%0" + digits + "d-%s.pdf", i + 1, planned.address().local());
            Path file = directory.resolve(name.replaceAll("[^A-Za-z0-9._@+-]", "_"));
            written.put(file, WholeFile.write(file, out -> {
                try (KitBook book = new KitBook(paper, size)) {
                    return book.add(kit(planned)).write(out);
                }
            }));
        }
        return written;
    }

    private Jid addressOf(String given) {
        return given.indexOf('@') >= 0 ? Jid.parse(given).bare() : new Jid(given, server, null);
    }

    /** {@code Anna Maria Rossì} → {@code anna.maria.rossi}; letters outside ASCII are dropped. */
    static String suggestion(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String local = ascii.replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        return local.isEmpty() ? "participant" : local;
    }
}
