package org.trasloco.invites.bench;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.invites.kit.InviteCard;
import org.trasloco.invites.kit.KitBook;
import org.trasloco.invites.kit.KitContent;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Invitee;
import org.trasloco.invites.people.Inviter;
import org.trasloco.invites.share.Invitations;
import org.trasloco.invites.workshop.Participant;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.invites.workshop.Workshop;

/**
 * The kit's performance targets (issue 7): one person's kit in at most 1 s after warm-up, a
 * 30-participant workshop PDF (facilitator sheet and 30 kits in one file) in at most 5 s. The PDF
 * is written in full (fonts subset and embedded, QR codes drawn) to a stream that discards it.
 * Run with {@code invites/bench.sh}; results in {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class KitBenchmark {

    private KitContent kit;
    private Workshop workshop;
    private List<PlannedParticipant> plan;

    /** Builds the inputs once: a kit with 12 invite cards, and a workshop of 30 in two languages. */
    @Setup
    public void setUp() {
        Inviter owner = new Inviter("Marco Bianchi", XmppAddress.parse("marco.bianchi@serviziliberi.it"));
        List<Invitee> invitees = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            invitees.add(new Invitee("Persona " + i, "+39333123" + String.format(Locale.ROOT, "%04d", i), null,
                    i % 2 == 0 ? Locale.ITALIAN : Locale.ENGLISH));
        }
        List<InviteCard> cards = Invitations.forPeople(owner, invitees, LandingLinks.standard(), p -> null).stream()
                .map(m -> new InviteCard(m.invitee().name(), m.link())).toList();
        kit = new KitContent(owner, Invitations.addMe(owner, null, LandingLinks.standard()), null,
                AppsCatalogue.bundled().forServer("serviziliberi.it"), cards, Locale.ITALIAN);

        workshop = new Workshop("serviziliberi.it", LandingLinks.standard(), AppsCatalogue.bundled());
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            participants.add(new Participant("Partecipante Numero " + i, i % 3 == 0 ? Locale.ENGLISH : Locale.ITALIAN, null,
                    i % 2 == 0 ? "token-" + i : null));
        }
        plan = workshop.plan(participants);
    }

    /** One person's kit, A4, normal print. */
    @Benchmark
    public KitResult singleKit() {
        try (KitBook book = new KitBook(PaperFormat.A4, PrintSize.NORMAL)) {
            return book.add(kit).write(OutputStream.nullOutputStream());
        }
    }

    /** One person's kit, Letter, large print (more pages). */
    @Benchmark
    public KitResult singleKitLargePrint() {
        try (KitBook book = new KitBook(PaperFormat.LETTER, PrintSize.LARGE)) {
            return book.add(kit).write(OutputStream.nullOutputStream());
        }
    }

    /** A workshop of 30 in one PDF. */
    @Benchmark
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public KitResult workshopOf30() {
        return workshop.writeAll(plan, PaperFormat.A4, PrintSize.NORMAL, Locale.ITALIAN, OutputStream.nullOutputStream());
    }
}
