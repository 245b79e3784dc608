package org.trasloco.invites.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.InvitesBundles;

class InviteesTest {

    @TempDir
    Path dir;

    @Test
    void takesOnlyContactsMarkedInviteWithAnInternationalNumber() {
        List<Contact> contacts = List.of(
                new Contact(1, "Nonna Rosa", List.of(), List.of("333 123", "+39 333 1234567"), List.of("user42"), null, Decision.INVITE),
                new Contact(2, "Me", List.of(), List.of(), List.of(), null, Decision.ME),
                new Contact(3, "Luca", List.of(), List.of(), List.of(), "luca@example.org", Decision.KNOWN),
                new Contact(4, "Zoë 🌻", List.of(), List.of(), List.of("channel7"), null, Decision.INVITE));
        List<Invitee> invitees = Invitees.fromContacts(contacts, Locale.ITALY);
        assertEquals(List.of(new Invitee("Nonna Rosa", "+393331234567", "user42", Locale.ITALIAN),
                new Invitee("Zoë 🌻", null, null, Locale.ITALIAN)), invitees);
    }

    /** Mamma's vCard gives her home landline (sorted first) and her mobile; she chats from neither number. */
    @Test
    void aMobileFromThePhoneBookBeatsALandline() {
        Contact mamma = new Contact(5, "Mamma", List.of(), List.of("+390612345678", "+393331234567"), List.of(), null,
                Decision.INVITE);
        assertEquals("+393331234567", Invitees.fromContacts(List.of(mamma), Locale.ITALY).get(0).phone());
        assertEquals("+393331234567", Invitees.phoneFor(List.of("+393331234567", "+390612345678"), List.of()));
    }

    /** Zio Carlo writes from a second mobile in a group; the phone book knows only his first one. */
    @Test
    void theNumberSeenInTheChatsBeatsThePhoneBook() {
        List<String> phones = List.of("+390612345678", "+393331234567", "+393471112223");
        assertEquals("+393471112223", Invitees.phoneFor(phones, Set.of("+393471112223")));
        // Even a landline someone writes from (WhatsApp Business on a shop's number) wins: it is where they chat.
        assertEquals("+390612345678", Invitees.phoneFor(phones, Set.of("+390612345678")));
    }

    @Test
    void aNumberWhoseDigitsDoNotTellItsLineComesBeforeALandline() {
        // +1 numbers are fixed-line-or-mobile; the Italian landline is only a landline.
        assertEquals("+12015550123", Invitees.phoneFor(List.of("+390612345678", "+12015550123"), List.of()));
        assertNull(Invitees.phoneFor(List.of("333 123"), List.of()));
    }

    @Test
    void readsACsvWithItalianHeadersSemicolonsAndQuotes() throws IOException {
        Path file = dir.resolve("persone.csv");
        Files.writeString(file, "\uFEFFNome;Telefono;Telegram;Lingua\r\n"
                + "\"Rossi; Anna\";0039 333 765 4321;;\r\n\r\n"
                + "\"Jess \"\"JM\"\" Moreau\";;@jess;en\r\n", StandardCharsets.UTF_8);
        List<Invitee> invitees = Invitees.fromCsv(file, Locale.ITALIAN);
        assertEquals(List.of(new Invitee("Rossi; Anna", "+393337654321", null, Locale.ITALIAN),
                new Invitee("Jess \"JM\" Moreau", null, "jess", Locale.ENGLISH)), invitees);
    }

    @Test
    void readsAListWithGermanFrenchOrSpanishHeaders() throws IOException {
        Path german = dir.resolve("leute.csv");
        Files.writeString(german, "Name;Telefon;Sprache\nOma Inge;+49 151 2345 6789;de\nJess;;en\n");
        assertEquals(List.of(new Invitee("Oma Inge", "+4915123456789", null, Locale.GERMAN),
                new Invitee("Jess", null, null, Locale.ENGLISH)), Invitees.fromCsv(german, Locale.GERMAN));
        Path french = dir.resolve("gens.csv");
        Files.writeString(french, "Nom,Téléphone,Langue\nMamie Jeanne,+33 6 12 34 56 78,fr\n");
        assertEquals(List.of(new Invitee("Mamie Jeanne", "+33612345678", null, Locale.FRENCH)),
                Invitees.fromCsv(french, Locale.ENGLISH));
        Path spanish = dir.resolve("gente.csv");
        Files.writeString(spanish, "nombre,teléfono,idioma\nAbuela Carmen,+34 612 34 56 78,es-ES\n");
        assertEquals(List.of(new Invitee("Abuela Carmen", "+34612345678", null, Locale.forLanguageTag("es"))),
                Invitees.fromCsv(spanish, Locale.ENGLISH));
    }

    @Test
    void namesTheFileAndLineOfABadRow() throws IOException {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, "name,phone,language\nAnna,+39 333 1234567,it\n\"Luca\nBianchi\",12345,en\n");
        TraslocoException error = assertThrows(TraslocoException.class, () -> Invitees.fromCsv(file, Locale.ENGLISH));
        assertEquals(file + ", line 3: \"12345\" is not a phone number in international form: write it with the "
                + "country code, e.g. +39 333 123 4567.", error.message(Locale.ENGLISH));

        Files.writeString(file, "name,language\nAnna,pt\n");
        error = assertThrows(TraslocoException.class, () -> Invitees.fromCsv(file, Locale.ENGLISH));
        assertEquals(file + ", riga 2: La lingua \"pt\" non è disponibile; scegli tra: en, it, de, fr, es.",
                error.message(Locale.ITALIAN));
        assertEquals(file + ", Zeile 2: Die Sprache „pt“ gibt es nicht; wähle eine davon: en, it, de, fr, es.",
                error.message(Locale.GERMAN));

        Files.writeString(file, "phone\n+393331234567\n");
        error = assertThrows(TraslocoException.class, () -> Invitees.fromCsv(file, Locale.ENGLISH));
        assertTrue(error.message(Locale.ENGLISH).contains("has no column \"name\" (its columns: phone)"), error.getMessage());

        Files.writeString(file, "name\n\"Anna\n");
        error = assertThrows(TraslocoException.class, () -> Invitees.fromCsv(file, Locale.ENGLISH));
        assertTrue(error.message(Locale.ENGLISH).contains("line 2: a value starts with \" but never ends"), error.getMessage());

        Files.write(file, new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xE8, '\n'});
        error = assertThrows(TraslocoException.class, () -> Invitees.fromCsv(file, Locale.ENGLISH));
        assertTrue(error.message(Locale.ENGLISH).contains("not UTF-8"), error.getMessage());
    }

    @Test
    void normalisesPhoneAndTelegramNames() {
        Invitee invitee = new Invitee(" Anna ", "00 39 (333) 123-4567", "https://t.me/anna_r", Locale.ENGLISH);
        assertEquals("Anna", invitee.name());
        assertEquals("+393331234567", invitee.phone());
        assertEquals("anna_r", invitee.telegram());
        assertNull(new Invitee("Anna", " ", "", Locale.ENGLISH).phone());
    }

    @Test
    void everyPeopleAndCsvTextIsTranslated() {
        InvitesBundles.assertComplete(PeopleText.class);
        InvitesBundles.assertComplete(org.trasloco.invites.csv.CsvText.class);
    }
}
