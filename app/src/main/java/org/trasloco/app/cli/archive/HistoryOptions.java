package org.trasloco.app.cli.archive;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trasloco.app.wizard.WizardState;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.people.MeGuess;
import org.trasloco.xmpp.archive.people.Correspondents;
import org.trasloco.xmpp.archive.people.MappedCorrespondents;
import org.trasloco.xmpp.archive.plan.EntryMaker;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.MediaLinks;
import org.trasloco.xmpp.login.AccountAddress;
import picocli.CommandLine.Option;

/**
 * {@code --workspace}, {@code --jid}, {@code --zone}, {@code --me}: which history goes to which
 * account, and how it is read. Shared by upload, verify and export-pie so that all three see the
 * same messages.
 */
final class HistoryOptions {

    @Option(names = "--workspace", required = true, paramLabel = "FILE", descriptionKey = "workspace")
    Path workspace;

    @Option(names = "--jid", required = true, paramLabel = "ADDRESS", descriptionKey = "jid")
    String jid;

    @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "zone")
    String zone;

    @Option(names = "--me", paramLabel = "NAME", descriptionKey = "me")
    List<String> me = new ArrayList<>();

    /** The account, checked. */
    AccountAddress account() {
        return AccountAddress.parse(jid);
    }

    /** The zone: the option, else the one confirmed in the wizard, else the system's. */
    ZoneId zone(Workspace opened) {
        String id = zone != null ? zone : opened.property(WizardState.ZONE).orElse(null);
        if (id == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, ArchiveCliText.ZONE_INVALID, id);
        }
    }

    /** The conversations to move: all, without those left out in the wizard's review. */
    static List<ConversationSummary> conversations(Workspace opened) {
        Set<String> excluded = new LinkedHashSet<>(Arrays.asList(
                opened.property(WizardState.EXCLUDED).orElse("").split("\n")));
        return opened.conversations().stream()
                .filter(c -> !excluded.contains(WizardState.conversationKey(c.network().id(), c.key())))
                .filter(c -> c.messages() > 0)
                .toList();
    }

    /** The user's names in the exports: the options, else found in the conversations. */
    Set<String> myNames(Workspace opened, List<ConversationSummary> conversations) {
        Set<String> everyone = MeGuess.participants(opened, conversations);
        if (!me.isEmpty()) {
            for (String name : me) {
                if (!everyone.contains(name)) {
                    throw new TraslocoException(TraslocoException.Kind.USAGE,
                            LocalizedText.of(ArchiveMessages.ME_NOT_FOUND, name, String.join(", ", everyone)), null);
                }
            }
            return new LinkedHashSet<>(me);
        }
        Set<String> guessed = MeGuess.guess(opened, conversations);
        if (guessed.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE,
                    LocalizedText.of(ArchiveMessages.ME_UNKNOWN, String.join(", ", everyone)), null);
        }
        return guessed;
    }

    /**
     * The plan of the workspace for this account.
     *
     * @param opened the workspace
     * @param notes whether every conversation becomes notes
     * @param locale the language of labels
     * @param links uploaded attachments
     * @return the plan
     */
    HistoryPlan plan(Workspace opened, boolean notes, Locale locale, MediaLinks links) {
        List<ConversationSummary> conversations = conversations(opened);
        EntryMaker maker = new EntryMaker(account().toString(), people(opened, conversations), locale, notes, links);
        return new HistoryPlan(opened, conversations, zone(opened), maker);
    }

    /**
     * Who everyone is: the people step's decisions (known addresses, "me"); the user's names from
     * {@code --me}, or found in the conversations when the decisions do not say.
     */
    Correspondents people(Workspace opened, List<ConversationSummary> conversations) {
        MappedCorrespondents decided = MappedCorrespondents.of(opened, Set.of());
        if (me.isEmpty() && decided.knowsMe()) {
            return decided;
        }
        return decided.withMyNames(myNames(opened, conversations));
    }
}
