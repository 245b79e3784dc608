package org.trasloco.app.cli.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;

/** {@code trasloco people}, run in-process as a user would, over chats imported with {@code trasloco import}. */
class PeopleCommandTest {

    private static final String FAMILY = """
            14/02/2024, 09:00 - Mamma created group "Family"
            14/02/2024, 09:01 - Mamma: Pranzo domenica?
            14/02/2024, 09:02 - Jess: Sì!
            14/02/2024, 09:03 - Mamma: Porto il tiramisù
            14/02/2024, 09:04 - Zio Beppe: Ci sono anch'io
            """;
    private static final String COUSINS = """
            01/03/2024, 18:00 - \u202A+39 333 123 4567\u202C: Ciao ragazzi
            01/03/2024, 18:01 - Jess: ahah ciao mamma
            01/03/2024, 18:02 - Ada: 😂
            """;
    private static final String SCHOOL = """
            10/03/2024, 08:00 - ~\u202FMamma: Domani gita
            10/03/2024, 08:05 - Jess: ok
            10/03/2024, 08:06 - Piera: grazie
            """;

    @TempDir
    Path dir;
    String workspace;

    @BeforeEach
    void importChats() throws IOException {
        workspace = dir.resolve("move.trasloco").toString();
        CliRun imported = CliRun.of("import", write("Family", FAMILY), write("Cousins", COUSINS), write("School parents", SCHOOL),
                "--workspace", workspace, "--date-order", "dmy");
        assertEquals(ExitCodes.OK, imported.exit(), imported.err());
    }

    @Test
    void jsonListsEveryoneMostMessagesFirstInTheAgreedShape() throws IOException {
        CliRun run = CliRun.of("people", "--workspace", workspace, "--region", "IT", "--json", "--vcard", phoneBook());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("""
                [ {
                  "name" : "Mammà",
                  "aliases" : [ "Mamma", "+39 333 123 4567" ],
                  "phones" : [ "+39061234567", "+393331234567" ],
                  "telegramIds" : [ ],
                  "conversations" : [ "Family", "Cousins", "School parents" ],
                  "messages" : 4,
                  "address" : null,
                  "decision" : "undecided"
                }, {
                  "name" : "Jess",
                  "aliases" : [ ],
                  "phones" : [ ],
                  "telegramIds" : [ ],
                  "conversations" : [ "Cousins", "Family", "School parents" ],
                  "messages" : 3,
                  "address" : null,
                  "decision" : "me"
                }, {
                  "name" : "Ada",
                  "aliases" : [ ],
                  "phones" : [ ],
                  "telegramIds" : [ ],
                  "conversations" : [ "Cousins" ],
                  "messages" : 1,
                  "address" : null,
                  "decision" : "undecided"
                }, {
                  "name" : "Piera",
                  "aliases" : [ ],
                  "phones" : [ ],
                  "telegramIds" : [ ],
                  "conversations" : [ "School parents" ],
                  "messages" : 1,
                  "address" : null,
                  "decision" : "undecided"
                }, {
                  "name" : "Zio Beppe",
                  "aliases" : [ ],
                  "phones" : [ ],
                  "telegramIds" : [ ],
                  "conversations" : [ "Family" ],
                  "messages" : 1,
                  "address" : null,
                  "decision" : "undecided"
                } ]
                """, run.out());
        assertTrue(run.err().contains("3 contacts read; 1 is someone in your chats and was kept"), run.err());
    }

    @Test
    void theListForPeopleSaysWhoIsWhoAndWhoYouAreInTheirLanguage() {
        CliRun english = CliRun.of("people", "--workspace", workspace, "--region", "IT", "--lang", "en");
        assertEquals(ExitCodes.OK, english.exit(), english.err());
        assertTrue(english.out().startsWith("6 people in your chats, most messages first:\n"), english.out());
        assertTrue(english.out().contains(": 3 messages in Family, School parents → not decided yet"), english.out());
        assertTrue(english.out().contains("You are Jess: the only one who is in every chat. Not right? Run again with --me NAME."),
                english.out());
        CliRun italian = CliRun.of("people", "--workspace", workspace, "--me", "Ada", "--lang", "it");
        assertEquals(ExitCodes.OK, italian.exit(), italian.err());
        assertTrue(italian.out().contains(": 1 messaggio in Cousins → sei tu"), italian.out());
        assertTrue(italian.out().contains("Tu sei Ada (l'hai detto tu)."), italian.out());
    }

    @Test
    void choicesAreSetByNameNumberOrIdAndABadAddressChangesNothing() {
        CliRun bad = CliRun.of("people", "--workspace", workspace, "--region", "IT", "--lang", "en",
                "--set", "Mamma=invite", "--set", "Ada=ada@", "--set", "Piera");
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertEquals("""
                --set Ada: ada@ is not an XMPP address: the server after @ is missing.
                --set Piera: write NAME=ADDRESS, NAME=invite or NAME=skip.
                """, bad.err());
        CliRun italian = CliRun.of("people", "--workspace", workspace, "--lang", "it", "--set", "Ada=ada@example org",
                "--set", "Piera=forse");
        assertEquals("--set Ada: ada@example org non è un indirizzo XMPP: il server dopo la @ non è un nome di server valido.\n"
                + "--set Piera: forse non è un indirizzo XMPP (nome@server) né una delle scelte invita, salta, da decidere.\n",
                italian.err());
        assertTrue(json().contains("\"decision\" : \"undecided\""), "nothing was decided");
        assertTrue(!json().contains("invite"), "not even the good --set");

        CliRun good = CliRun.of("people", "--workspace", workspace, "--region", "IT", "--json",
                "--set", "mamma=invite", "--set", "0039 333 1234567=xmpp:Mamma@Example.org", "--set", "Zio Beppe=salta");
        assertEquals(ExitCodes.OK, good.exit(), good.err());
        assertTrue(good.out().contains("\"address\" : \"mamma@example.org\",\n  \"decision\" : \"known\""), good.out());
        assertTrue(good.out().contains("\"name\" : \"Zio Beppe\",") && good.out().contains("\"decision\" : \"skip\""));

        CliRun nobody = CliRun.of("people", "--workspace", workspace, "--lang", "en", "--set", "Gianni=invite");
        assertEquals(ExitCodes.USAGE, nobody.exit());
        assertEquals("Nobody in your chats is called Gianni. Use a name, a phone number or the #number shown in the list.\n",
                nobody.err());
    }

    @Test
    void aHelperFillsInTheSpreadsheetAndItComesBack() throws IOException {
        Path csv = dir.resolve("persone.csv");
        CliRun exported = CliRun.of("people", "--workspace", workspace, "--region", "IT", "--lang", "it",
                "--export", csv.toString());
        assertEquals(ExitCodes.OK, exported.exit(), exported.err());
        assertTrue(exported.err().contains("L'elenco è in " + csv + " (6 persone)"), exported.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFID;Nome;Chiamato anche;Numeri di telefono;ID Telegram;Chat;Messaggi;Scelta;Indirizzo XMPP",
                lines.get(0));
        StringBuilder filled = new StringBuilder();
        for (String line : lines) {
            // Ada's row ends in ";;" (no choice, no address): the helper writes "invita" in the choice column.
            filled.append(line.contains(";Ada;") ? line.substring(0, line.length() - 2) + ";invita;"
                    : line.contains(";Piera;") ? line + "piera@example.org" : line)
                    .append("\r\n");
        }
        Files.writeString(csv, filled, StandardCharsets.UTF_8);

        CliRun imported = CliRun.of("people", "--workspace", workspace, "--import", csv.toString(), "--json", "--lang", "en");
        assertEquals(ExitCodes.OK, imported.exit(), imported.err());
        assertTrue(imported.err().contains("the choices for 6 people were imported"), imported.err());
        assertTrue(imported.out().contains("\"name\" : \"Ada\",") && imported.out().contains("\"decision\" : \"invite\""));
        assertTrue(imported.out().contains("\"address\" : \"piera@example.org\""), imported.out());
    }

    @Test
    void aListWithBadRowsIsRefusedWholeWithEveryRowNamed() throws IOException {
        String before = json();
        Path csv = Files.writeString(dir.resolve("people.csv"), "ID,Choice,XMPP address\n1,invite,\n2,,bob@\n99,skip,\n3,maybe,\n");
        CliRun run = CliRun.of("people", "--workspace", workspace, "--import", csv.toString(), "--lang", "en");
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals(csv + ": 3 rows cannot be used, so nothing was imported. Correct them and import the list again:\n"
                + "  line 3: bob@ is not an XMPP address: the server after @ is missing.\n"
                + "  line 4: there is no person with ID 99. Export the list again: people may have been merged since.\n"
                + "  line 5: \"maybe\" is not a choice. Write one of: invite, skip, me, or leave it empty; put a known "
                + "address in the address column.\n", run.err());
        assertEquals(before, json(), "nothing changed, not even row 1");
    }

    @Test
    void twoPeopleAreMergedAndANameIsSplitOffAgain() {
        CliRun merged = CliRun.of("people", "--workspace", workspace, "--region", "IT", "--json",
                "--merge", "Mamma", "+39 333 123 4567");
        assertEquals(ExitCodes.OK, merged.exit(), merged.err());
        assertTrue(merged.out().contains("\"aliases\" : [ \"+39 333 123 4567\" ]"), merged.out());
        CliRun split = CliRun.of("people", "--workspace", workspace, "--json", "--split", "Mamma", "--in", "School parents");
        assertEquals(ExitCodes.OK, split.exit(), split.err());
        assertEquals(2, split.out().split("\"name\" : \"Mamma\"", -1).length - 1, split.out());
        CliRun again = CliRun.of("people", "--workspace", workspace, "--lang", "en", "--split", "Ada");
        assertEquals("Ada is already a person of their own.\n", again.err());
        CliRun unknown = CliRun.of("people", "--workspace", workspace, "--lang", "en", "--split", "Ada", "--in", "Family");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertEquals("Nobody is called Ada in the chat Family.\n", unknown.err());
    }

    @Test
    void wrongInputsGetClearMessagesAndExitCodes() throws IOException {
        CliRun missing = CliRun.of("people", "--workspace", dir.resolve("none.trasloco").toString(), "--lang", "en");
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertTrue(missing.err().startsWith("The workspace " + dir.resolve("none.trasloco") + " does not exist."), missing.err());
        CliRun region = CliRun.of("people", "--workspace", workspace, "--region", "Italy", "--lang", "en");
        assertEquals(ExitCodes.USAGE, region.exit());
        assertEquals("Italy is not a country code Trasloco knows. Use the two letters of a country, like IT, DE or US.\n",
                region.err());
        Path notVcard = Files.writeString(dir.resolve("export.vcf"), "Name,Phone\n");
        CliRun vcard = CliRun.of("people", "--workspace", workspace, "--vcard", notVcard.toString(), "--lang", "en");
        assertEquals(ExitCodes.BAD_INPUT, vcard.exit());
        assertTrue(vcard.err().contains("contains no contact card"), vcard.err());
        CliRun help = CliRun.of("people", "--help", "--lang", "it");
        assertEquals(ExitCodes.OK, help.exit());
        assertTrue(help.out().contains("Tutte le persone delle tue chat in un solo elenco"), help.out());
    }

    private String json() {
        CliRun run = CliRun.of("people", "--workspace", workspace, "--json");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        return run.out();
    }

    private String write(String chat, String text) throws IOException {
        return Files.writeString(dir.resolve("WhatsApp Chat with " + chat + ".txt"), text, StandardCharsets.UTF_8).toString();
    }

    /** A phone book as Android's Contacts app exports it (vCard 2.1, quoted-printable UTF-8, CRLF). */
    private String phoneBook() throws IOException {
        return Files.writeString(dir.resolve("contacts.vcf"), String.join("\r\n",
                "BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;Mamm=C3=A0;;;",
                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Mamm=C3=A0", "TEL;CELL:333 123 4567", "TEL;HOME:06 1234567",
                "END:VCARD",
                "BEGIN:VCARD", "VERSION:2.1", "N:Rossi;Marco;;;", "FN:Marco Rossi", "TEL;CELL;PREF:+39 347 123 4567",
                "END:VCARD",
                "BEGIN:VCARD", "VERSION:2.1", "N:;;;;", "TEL;CELL:+1 202 555 0143", "END:VCARD", ""),
                StandardCharsets.UTF_8).toString();
    }
}
