package org.trasloco.move.invites;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.files.WholeFile;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.invites.kit.KitBook;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PdfPreview;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.workshop.Participant;
import org.trasloco.invites.workshop.ParticipantsCsv;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.invites.workshop.Workshop;
import org.trasloco.move.MoveMessages;
import org.trasloco.xmpp.archive.upload.SessionOpener;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.invitation.Invitation;
import org.trasloco.xmpp.invitation.InviteCreator;

/**
 * A workshop, as the wizard and {@code trasloco workshop} run it: the participants list becomes a
 * plan (everyone's address on the server, suggested from their name when the list gives none); the
 * server's administrator may have an account invitation created for each participant (its token
 * goes on their kit, so they sign up with it); then one kit per participant, in their language,
 * after a facilitator sheet, into one PDF or one file per person.
 */
public final class WorkshopKits {

    private final Workshop workshop;

    /**
     * A workshop on a server.
     *
     * @param server the server's domain
     * @param landing where landing links point
     * @param webChat the server's web chat, or {@code null} for the one the apps catalogue knows
     */
    public WorkshopKits(String server, LandingLinks landing, String webChat) {
        AppsCatalogue apps = webChat == null ? AppsCatalogue.bundled() : AppsCatalogue.bundled().withWebChat(server, webChat);
        this.workshop = new Workshop(Objects.requireNonNull(server, "server"), landing, apps);
    }

    /** The server's domain, normalised. */
    public String server() {
        return workshop.server();
    }

    /**
     * Reads the participants list and gives everyone an address.
     *
     * @param participants the CSV file (name, language, address, token; see {@link ParticipantsCsv})
     * @param defaultLanguage the language of people the list gives none
     * @return the plan, in the list's order
     * @throws TraslocoException ({@code BAD_INPUT}) naming the file and line of a bad row, an empty
     *     list, or an address given twice
     */
    public List<PlannedParticipant> plan(Path participants, Locale defaultLanguage) {
        return workshop.plan(ParticipantsCsv.read(participants, defaultLanguage));
    }

    /**
     * The plan with account-invitation tokens created earlier given to the participants who have
     * none in the list.
     *
     * @param plan the plan
     * @param tokensByAddress tokens by planned address (see {@link #tokensOf})
     * @return the plan with the tokens
     */
    public static List<PlannedParticipant> withTokens(List<PlannedParticipant> plan, Map<String, String> tokensByAddress) {
        return plan.stream().map(planned -> planned.participant().accountToken() != null ? planned
                : withToken(planned, tokensByAddress.get(planned.address().toString()))).toList();
    }

    /**
     * The tokens of a plan, to remember them.
     *
     * @param plan the plan
     * @return tokens by planned address, for the participants that have one
     */
    public static Map<String, String> tokensOf(List<PlannedParticipant> plan) {
        Map<String, String> tokens = new LinkedHashMap<>();
        plan.stream().filter(planned -> planned.participant().accountToken() != null)
                .forEach(planned -> tokens.put(planned.address().toString(), planned.participant().accountToken()));
        return tokens;
    }

    /**
     * Asks the server for an account invitation for every participant without one (XEP-0401
     * through the server's ad-hoc command, which only its administrators may use). Each invitation
     * lets one person create an account with a name of their choice; its token goes on their kit.
     *
     * @param plan the plan
     * @param administrator opens a session logged in as one of the server's administrators
     * @param progress told (invitations created, invitations to create) after each one
     * @param cancellation checked before each invitation
     * @return the plan with every participant's token
     * @throws TraslocoException {@code REFUSED} when the login or the server refuses (not an
     *     administrator, no invitations on this server), {@code CONNECTION} when it cannot be reached,
     *     {@code CANCELLED}; the invitations created before are lost with the plan
     */
    public List<PlannedParticipant> createAccountInvitations(List<PlannedParticipant> plan, SessionOpener administrator,
            ProgressListener progress, Cancellation cancellation) {
        long missing = plan.stream().filter(planned -> planned.participant().accountToken() == null).count();
        List<PlannedParticipant> result = new ArrayList<>(plan.size());
        if (missing == 0) {
            return List.copyOf(plan);
        }
        try (XmppSession session = administrator.open()) {
            if (!session.address().domain().equals(server())) {
                throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.WORKSHOP_OTHER_SERVER,
                        session.address().domain(), server());
            }
            InviteCreator creator = new InviteCreator(session);
            long created = 0;
            progress.progress(created, missing);
            for (PlannedParticipant planned : plan) {
                if (planned.participant().accountToken() != null) {
                    result.add(planned);
                    continue;
                }
                cancellation.throwIfCancelled();
                Invitation invitation = creator.accountInvite().invitation();
                if (invitation.kind() != Invitation.Kind.ACCOUNT) {
                    throw new TraslocoException(TraslocoException.Kind.REFUSED, MoveMessages.WORKSHOP_NOT_ACCOUNT_INVITE,
                            server());
                }
                result.add(withToken(planned, invitation.token()));
                progress.progress(++created, missing);
            }
        }
        return result;
    }

    /**
     * The facilitator sheet and every kit, as one PDF in memory (for printing).
     *
     * @param plan the plan
     * @param paper the paper
     * @param size the print size
     * @param facilitatorLanguage the language of the sheet
     * @return the PDF
     */
    public byte[] pdf(List<PlannedParticipant> plan, PaperFormat paper, PrintSize size, Locale facilitatorLanguage) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        workshop.writeAll(plan, paper, size, facilitatorLanguage, pdf);
        return pdf.toByteArray();
    }

    /**
     * Saves the facilitator sheet and every kit into one PDF, whole or not at all, readable by its
     * owner only.
     *
     * @param plan the plan
     * @param paper the paper
     * @param size the print size
     * @param facilitatorLanguage the language of the sheet
     * @param file the file
     * @return what was printed
     * @throws TraslocoException {@code STORAGE} naming the file when it cannot be written
     */
    public KitResult writeAll(List<PlannedParticipant> plan, PaperFormat paper, PrintSize size, Locale facilitatorLanguage,
            Path file) {
        return WholeFile.write(file, out -> workshop.writeAll(plan, paper, size, facilitatorLanguage, out));
    }

    /**
     * Saves the facilitator sheet and each kit into a file of its own in a folder
     * ({@code 00-facilitator.pdf}, {@code 01-anna.rossi.pdf}, …), each whole, readable by its owner only.
     *
     * @param plan the plan
     * @param paper the paper
     * @param size the print size
     * @param facilitatorLanguage the language of the sheet
     * @param folder the folder, created if missing
     * @return what each file holds, by file, in order
     * @throws TraslocoException {@code STORAGE} when a file cannot be written
     */
    public Map<Path, KitResult> writeEach(List<PlannedParticipant> plan, PaperFormat paper, PrintSize size,
            Locale facilitatorLanguage, Path folder) {
        return workshop.writeEach(plan, paper, size, facilitatorLanguage, folder);
    }

    /**
     * Pictures of the facilitator sheet and the first participant's kit (the others are alike, in
     * their own languages), to show before saving or printing.
     *
     * @param plan the plan, not empty
     * @param paper the paper
     * @param size the print size
     * @param facilitatorLanguage the language of the sheet
     * @param dotsPerInch the resolution
     * @return one picture per page
     */
    public List<BufferedImage> preview(List<PlannedParticipant> plan, PaperFormat paper, PrintSize size,
            Locale facilitatorLanguage, float dotsPerInch) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (KitBook book = new KitBook(paper, size)) {
            book.add(workshop.sheet(plan), facilitatorLanguage);
            if (!plan.isEmpty()) {
                book.add(workshop.kit(plan.get(0)));
            }
            book.write(pdf);
        }
        return PdfPreview.pages(pdf.toByteArray(), dotsPerInch);
    }

    private static PlannedParticipant withToken(PlannedParticipant planned, String token) {
        if (token == null) {
            return planned;
        }
        Participant participant = planned.participant();
        return new PlannedParticipant(new Participant(participant.name(), participant.language(), participant.address(),
                token), planned.address(), planned.suggested());
    }
}
