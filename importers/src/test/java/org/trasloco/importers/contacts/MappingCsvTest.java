package org.trasloco.importers.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trasloco.importers.contacts.PeopleTest.person;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Network;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.whatsapp.WhatsAppReader;

/** The people list through a spreadsheet and back. */
class MappingCsvTest {

    @TempDir
    Path dir;

    /** Found by MappingCsvFuzzTest: an empty file made the decoder fail with IllegalStateException. */
    @Test
    void anEmptyPeopleFileIsAnsweredNotACrash() throws IOException {
        Path empty = Files.write(dir.resolve("people.csv"), new byte[0]);
        CsvImport result = MappingCsv.read(empty, new Roster(List.of(), Roster.MeBasis.CONFIRMED, List.of(), List.of(),
                List.of()));
        assertEquals(1, result.problems().size());
        assertEquals(ContactsMessages.CSV_EMPTY, result.problems().get(0).reason().key());
    }

    @Test
    void anItalianListOpensRightInASpreadsheetAndComesBackWithTheHelpersChoices() throws Exception {
        try (Workspace workspace = workspaceWithChats()) {
            People people = People.open(workspace, "IT", Locale.ITALY);
            Roster roster = people.refresh();
            Path file = dir.resolve("persone.csv");
            MappingCsv.write(roster, file, Locale.ITALY);

            byte[] bytes = Files.readAllBytes(file);
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals("\uFEFFID;Nome;Chiamato anche;Numeri di telefono;ID Telegram;Chat;Messaggi;Scelta;Indirizzo XMPP",
                    lines.get(0));
            long number = person(roster, "+39 333 123 4567").contact().id();
            assertTrue(lines.contains(number + ";'+39 333 123 4567;;'+393331234567;;Cousins;1;;"), lines.toString());
            assertTrue(lines.contains(person(roster, "Jess").contact().id() + ";Jess;;;;\"Cousins; Family; School parents\";3;io;"),
                    lines.toString());
            // The helper fills in the list in their spreadsheet program and saves it again.
            List<List<String>> rows = readRows(file);
            for (List<String> row : rows.subList(1, rows.size())) {
                switch (row.get(1)) {
                    case "Mamma" -> row.set(7, "Invita");
                    case "+39 333 123 4567" -> row.set(8, "mamma@example.org");
                    case "Zio Beppe" -> row.set(7, "salta");
                    case "Ada" -> row.set(8, "  xmpp:Ada@Example.org ");
                    default -> { }
                }
            }
            writeRows(file, rows, ';');

            CsvImport imported = MappingCsv.read(file, roster);
            assertEquals(List.of(), imported.problems());
            people.decide(imported.decisions());
            Roster after = people.refresh();
            assertEquals(Decision.INVITE, person(after, "Mamma").contact().decision());
            assertEquals("mamma@example.org", person(after, "+39 333 123 4567").contact().xmppAddress());
            assertEquals(Decision.SKIP, person(after, "Zio Beppe").contact().decision());
            assertEquals("ada@example.org", person(after, "Ada").contact().xmppAddress());
            assertEquals(Decision.ME, person(after, "Jess").contact().decision(), "\"io\" came back as me");
            assertEquals(Decision.UNDECIDED, person(after, "Piera").contact().decision());

            // Written again, the list says what was decided, in English too.
            Path english = dir.resolve("people.csv");
            MappingCsv.write(after, english, Locale.ENGLISH);
            List<String> englishLines = Files.readAllLines(english, StandardCharsets.UTF_8);
            assertEquals("\uFEFFID,Name,Also called,Phone numbers,Telegram ids,Chats,Messages,Choice,XMPP address",
                    englishLines.get(0));
            assertTrue(englishLines.contains(person(after, "Zio Beppe").contact().id() + ",Zio Beppe,,,,Family,1,skip,"),
                    englishLines.toString());
            assertEquals(after.people().size(), MappingCsv.read(english, after).decisions().size(), "round trip");
        }
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNoDecisionIsReturned() throws Exception {
        try (Workspace workspace = workspaceWithChats()) {
            Roster roster = People.open(workspace, "IT", Locale.ITALY).refresh();
            long mamma = person(roster, "Mamma").contact().id();
            long ada = person(roster, "Ada").contact().id();
            long jess = person(roster, "Jess").contact().id();
            long piera = person(roster, "Piera").contact().id();
            long beppe = person(roster, "Zio Beppe").contact().id();
            long number = person(roster, "+39 333 123 4567").contact().id();
            Path file = Files.writeString(dir.resolve("bad.csv"), String.join("\r\n",
                    "ID,Choice,XMPP address,Notes",
                    mamma + ",invite,,fine",
                    "abc,skip,,",
                    "999,skip,,",
                    mamma + ",skip,,again",
                    "#" + piera + ",,piera@,",
                    beppe + ",skip,beppe@example.org,",
                    number + ",maybe,,",
                    ",,,",
                    jess + ",me,,",
                    "\"" + ada + "\",me,,\"a note\nover two lines\"",
                    ""), StandardCharsets.UTF_8);
            CsvImport imported = MappingCsv.read(file, roster);
            assertEquals(List.of(), imported.decisions(), "nothing to apply while a row is bad");
            List<String> problems = imported.problems().stream()
                    .map(p -> p.line() + ": " + p.reason().format(Locale.ENGLISH)).toList();
            assertEquals(List.of(
                    "3: the ID \"abc\" is not a number from the exported list.",
                    "4: there is no person with ID 999. Export the list again: people may have been merged since.",
                    "5: the person with ID " + mamma + " is already on line 2.",
                    "6: piera@ is not an XMPP address: the server after @ is missing.",
                    "7: the address beppe@example.org is given but the choice is \"skip\". Leave the choice empty (or write \"known address\") to use the address, or remove the address.",
                    "8: \"maybe\" is not a choice. Write one of: invite, skip, me, or leave it empty; put a known address in the address column.",
                    "11: only one person can be \"me\", and line 10 already says so."), problems);
            assertEquals("11: solo una persona può essere \"io\", e la riga 10 lo dice già.",
                    imported.problems().get(6).line() + ": " + imported.problems().get(6).reason().format(Locale.ITALIAN));
        }
    }

    @Test
    void aListWithoutTheNeededColumnsOrNotInUtf8IsRefusedClearly() throws Exception {
        try (Workspace workspace = workspaceWithChats()) {
            Roster roster = People.open(workspace, "IT", Locale.ITALY).refresh();
            Path noChoice = Files.writeString(dir.resolve("x.csv"), "Nome;Telefono\nMamma;333\n");
            assertEquals("1: the first line must name the columns, and the column \"ID\" is missing. Export the list again and fill that one in.",
                    describe(MappingCsv.read(noChoice, roster)));
            Path latin1 = Files.write(dir.resolve("latin1.csv"), "ID;Scelta\n1;già\n".getBytes(StandardCharsets.ISO_8859_1));
            TraslocoException error = assertThrows(TraslocoException.class, () -> MappingCsv.read(latin1, roster));
            assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
            assertTrue(error.message(Locale.ITALIAN).contains("non è salvato come testo UTF-8"), error.message(Locale.ITALIAN));
            Path unclosed = Files.writeString(dir.resolve("q.csv"), "ID,Choice\n1,\"skip\n");
            assertEquals("2: a quotation mark opened here is never closed.", describe(MappingCsv.read(unclosed, roster)));
        }
    }

    @Test
    void cellsWithSeparatorsQuotesLineBreaksAndFormulasSurviveTheRoundTrip() throws IOException {
        List<String> cells = List.of("a;b", "say \"hi\"", "two\nlines", "=1+1", "+39 333", "-5", "@home", "'quoted", "plain");
        StringWriter out = new StringWriter();
        CsvTable.writeRow(out, ';', cells);
        assertEquals("\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";'=1+1;'+39 333;'-5;'@home;'quoted;plain\r\n", out.toString());
        List<CsvTable.Row> rows = CsvTable.read(new java.io.BufferedReader(new StringReader(out + "x;y")), ';');
        assertEquals(cells, rows.get(0).cells());
        assertEquals(new CsvTable.Row(3, List.of("x", "y")), rows.get(1));
        assertEquals(';', CsvTable.separatorOf("ID;Nome;\"a,b\""));
        assertEquals(',', CsvTable.separatorOf("ID,Name"));
        assertEquals('\t', CsvTable.separatorOf("ID\tName\tChoice"));
    }

    private static String describe(CsvImport imported) {
        return String.join("\n", imported.problems().stream()
                .map(p -> p.line() + ": " + p.reason().format(Locale.ENGLISH)).toList());
    }

    private static List<List<String>> readRows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(new java.io.BufferedReader(new StringReader(text)), ';')) {
            rows.add(new ArrayList<>(row.cells()));
        }
        return rows;
    }

    private static void writeRows(Path file, List<List<String>> rows, char separator) throws IOException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        for (List<String> row : rows) {
            CsvTable.writeRow(out, separator, row);
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private Workspace workspaceWithChats() throws IOException {
        Workspace workspace = Workspace.open(dir.resolve("w.trasloco"));
        for (String[] chat : new String[][] {{"Family", PeopleTest.FAMILY}, {"Cousins", PeopleTest.COUSINS},
                {"School parents", PeopleTest.SCHOOL}}) {
            Path file = Files.writeString(dir.resolve("WhatsApp Chat with " + chat[0] + ".txt"), chat[1]);
            try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, file.toString())) {
                new WhatsAppReader().read(file, ReadOptions.defaults(), importing, ProgressListener.NONE, Cancellation.NEVER);
                importing.commit();
            }
        }
        return workspace;
    }

}
