package org.trasloco.app.cli.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.contacts.CsvImport;
import org.trasloco.importers.contacts.CsvProblem;
import org.trasloco.importers.contacts.DecisionValues;
import org.trasloco.importers.contacts.MappingCsv;
import org.trasloco.importers.contacts.People;
import org.trasloco.importers.contacts.Person;
import org.trasloco.importers.contacts.PersonLookup;
import org.trasloco.importers.contacts.Roster;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code trasloco people --workspace FILE [--vcard F]… [--region CC] [--me NAME]
 * [--set NAME=ADDRESS|invite|skip]… [--merge NAME NAME]… [--split NAME [--in CHAT]]…
 * [--export F.csv] [--import F.csv] [--json]}. The steps run in that order: phone books, the imported
 * list, merges and splits, "me", decisions; then the list is exported and printed.
 */
@Command(name = "people", resourceBundle = "org.trasloco.app.cli.people.help", mixinStandardHelpOptions = true)
public final class PeopleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", descriptionKey = "workspace")
    private Path workspaceFile;

    @Option(names = "--vcard", paramLabel = "FILE", descriptionKey = "vcard")
    private List<Path> vcards = new ArrayList<>();

    @Option(names = "--region", paramLabel = "CC", descriptionKey = "region")
    private String region;

    @Option(names = "--me", paramLabel = "NAME", descriptionKey = "me")
    private String me;

    @Option(names = "--set", paramLabel = "NAME=CHOICE", descriptionKey = "set")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--merge", arity = "2", paramLabel = "NAME", descriptionKey = "merge")
    private List<String> merges = new ArrayList<>();

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    private List<Split> splits = new ArrayList<>();

    @Option(names = "--export", paramLabel = "FILE.csv", descriptionKey = "export")
    private Path exportFile;

    @Option(names = "--import", paramLabel = "FILE.csv", descriptionKey = "import")
    private Path importFile;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    /** {@code --split NAME [--in CHAT]}. */
    static final class Split {
        @Option(names = "--split", required = true, paramLabel = "NAME", descriptionKey = "split")
        private String name;

        @Option(names = "--in", paramLabel = "CHAT", descriptionKey = "in")
        private String chat;
    }

    /** One {@code --set}, read before anything changes. */
    private record Setting(String name, DecisionValues.Parsed value) {
    }

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale locale = io.locale();
        if (!Files.exists(workspaceFile)) {
            io.err().println(PeopleText.WORKSPACE_MISSING.format(locale, workspaceFile));
            return ExitCodes.USAGE;
        }
        List<Setting> settings = new ArrayList<>();
        if (!readSettings(io, settings)) {
            return ExitCodes.USAGE;
        }
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            People people = People.open(workspace, region, locale);
            for (Path vcard : vcards) {
                People.PhoneBookLoad load = people.loadVCard(vcard);
                io.err().println(PeopleText.VCARD_LOADED.format(locale, vcard, load.read(), load.kept()));
            }
            List<LocalizedText> notes = new ArrayList<>();
            Roster roster = refresh(people, notes);
            boolean changed = false;
            if (importFile != null) {
                if (!importList(io, people, roster)) {
                    return ExitCodes.BAD_INPUT;
                }
                changed = true;
            }
            if (!merges.isEmpty() || !splits.isEmpty()) {
                correct(io, people, roster);
                roster = refresh(people, notes);
            }
            if (me != null) {
                people.confirmMe(new PersonLookup(roster, people.numbers()).find(me));
                changed = true;
            }
            if (!settings.isEmpty()) {
                if (!decide(io, people, roster, settings)) {
                    return ExitCodes.USAGE;
                }
                changed = true;
            }
            if (changed) {
                roster = refresh(people, notes);
            }
            finish(io, roster, notes);
        }
        io.out().flush();
        return ExitCodes.OK;
    }

    /** Recomputes the people; what the user should know about the change is added to {@code notes}. */
    private static Roster refresh(People people, List<LocalizedText> notes) {
        Roster roster = people.refresh();
        notes.addAll(roster.notes());
        return roster;
    }

    /** Says what changed, exports the list if asked, and prints it. */
    private void finish(CliIo io, Roster roster, List<LocalizedText> notes) {
        Locale locale = io.locale();
        notes.forEach(note -> io.err().println(note.format(locale)));
        roster.ambiguousNames().forEach(name -> io.err().println(PeopleText.AMBIGUOUS_NAME.format(locale, name)));
        if (exportFile != null) {
            MappingCsv.write(roster, exportFile, locale);
            io.err().println(PeopleText.CSV_EXPORTED.format(locale, exportFile, roster.people().size(), workspaceFile));
        }
        if (json) {
            io.out().flush();
            PeopleJson.write(io.data(), roster);
        } else {
            PeopleList.print(io.out(), roster, locale);
        }
    }

    /** Reads every {@code --set}; prints every bad one and says whether all were good. */
    private boolean readSettings(CliIo io, List<Setting> settings) {
        boolean good = true;
        for (String set : sets) {
            int equals = set.indexOf('=');
            if (equals <= 0 || set.substring(0, equals).isBlank()) {
                io.err().println(PeopleText.SET_SYNTAX.format(io.locale(), set));
                good = false;
                continue;
            }
            DecisionValues.Parsed value = DecisionValues.parse(set.substring(equals + 1));
            if (!value.ok()) {
                io.err().println(PeopleText.SET_PROBLEM.format(io.locale(), set.substring(0, equals).strip(), value.problem()));
                good = false;
                continue;
            }
            settings.add(new Setting(set.substring(0, equals).strip(), value));
        }
        return good;
    }

    private boolean importList(CliIo io, People people, Roster roster) {
        CsvImport imported = MappingCsv.read(importFile, roster);
        if (!imported.ok()) {
            io.err().println(PeopleText.CSV_REFUSED.format(io.locale(), importFile, imported.problems().size()));
            for (CsvProblem problem : imported.problems()) {
                io.err().println(PeopleText.CSV_PROBLEM.format(io.locale(), problem.line(), problem.reason()));
            }
            return false;
        }
        people.decide(imported.decisions());
        io.err().println(PeopleText.CSV_IMPORTED.format(io.locale(), importFile, imported.decisions().size()));
        return true;
    }

    private void correct(CliIo io, People people, Roster roster) {
        PersonLookup lookup = new PersonLookup(roster, people.numbers());
        for (int i = 0; i + 1 < merges.size(); i += 2) {
            Person first = lookup.find(merges.get(i));
            Person second = lookup.find(merges.get(i + 1));
            if (first.contact().id() == second.contact().id()) {
                io.err().println(PeopleText.MERGE_ALREADY_ONE.format(io.locale(), merges.get(i), merges.get(i + 1)));
            } else {
                people.merge(first, second);
            }
        }
        for (Split split : splits) {
            List<ParticipantKey> apart = lookup.participantsNamed(split.name, split.chat);
            if (apart.isEmpty()) {
                throw new TraslocoException(TraslocoException.Kind.USAGE, split.chat == null
                        ? LocalizedText.of(PeopleText.SPLIT_NOT_FOUND, split.name)
                        : LocalizedText.of(PeopleText.SPLIT_NOT_FOUND_IN_CHAT, split.name, split.chat), null);
            }
            boolean any = false;
            for (Person person : roster.people()) {
                List<ParticipantKey> inPerson = person.members().stream().map(m -> m.key()).filter(apart::contains).toList();
                if (!inPerson.isEmpty()) {
                    any |= people.split(person, inPerson);
                }
            }
            if (!any) {
                io.err().println(PeopleText.SPLIT_ALREADY_ALONE.format(io.locale(), split.name));
            }
        }
    }

    /** Finds every person named by a {@code --set}; changes nothing unless all are found. */
    private static boolean decide(CliIo io, People people, Roster roster, List<Setting> settings) {
        PersonLookup lookup = new PersonLookup(roster, people.numbers());
        List<ContactDecision> decisions = new ArrayList<>();
        boolean good = true;
        for (Setting setting : settings) {
            try {
                Person person = lookup.find(setting.name());
                decisions.add(new ContactDecision(person.contact().id(), setting.value().decision(),
                        setting.value().address()));
            } catch (TraslocoException e) {
                io.report(e);
                good = false;
            }
        }
        if (good) {
            people.decide(decisions);
        }
        return good;
    }
}
