package org.trasloco.importers.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.error.TraslocoException;

/** One test per phone-book fixture (see the README beside them). */
class VCardPhoneBookTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Paths.get(VCardPhoneBookTest.class.getResource(name).toURI());
    }

    private static PhoneBookEntry entry(String name, String... phones) {
        return new PhoneBookEntry(name, List.of(phones), null);
    }

    @Test
    void readsAndroidVersion21WithQuotedPrintableUtf8AndSeveralNumbers() throws Exception {
        assertEquals(List.of(
                entry("Mammà", "333 123 4567", "06 1234567"),
                entry("Marco Rossi", "+39 347 123 4567", "+39-02-12345678", "347 1234567"),
                entry("Jürgen Müller", "+49 151 23456789"),
                entry("Анна Сергеевна Очень-Длинное-Отчество Петровна", "8 912 345-67-89"),
                entry("", "+1 202 555 0143")), VCardPhoneBook.read(fixture("android-2.1-quoted-printable.vcf")));
    }

    @Test
    void readsAWindows1252FileWithAQuotedPrintableLineInItsOwnCharset() throws Exception {
        assertEquals(List.of(entry("François Dupré", "+33 6 12 34 56 78"), entry("José Nuñez", "+34 612 34 56 78")),
                VCardPhoneBook.read(fixture("legacy-2.1-windows-1252.vcf")));
    }

    @Test
    void readsAnIphoneExportWithGroupedNumbersPhotosAndEscapes() throws Exception {
        assertEquals(List.of(
                entry("Jess Moreau", "+33 6 98 76 54 32", "+1 (555) 010-0000"),
                entry("Pizzeria Da Mario, Roma", "06 555 1234"),
                entry("Zoe\u0308 Nakamura", "(555) 010-0199"),
                entry("Nonna", "0039 06 7654321")), VCardPhoneBook.read(fixture("iphone-3.0.vcf")));
    }

    @Test
    void readsAGoogleContactsExportWithAByteOrderMark() throws Exception {
        assertEquals(List.of(entry("Ada Lovelace", "+44 7700 900123", "020 7946 0958"), entry("Bruno", "(11) 91234-5678")),
                VCardPhoneBook.read(fixture("google-3.0.vcf")));
    }

    @Test
    void readsVersion40TelephoneUris() throws Exception {
        assertEquals(List.of(entry("Piotr Nowak", "+48-600-700-800", "+48-22-123-45-67"),
                entry("Dicle Yılmaz", "+90 532 123 45 67")), VCardPhoneBook.read(fixture("nextcloud-4.0.vcf")));
    }

    @Test
    void propertyNamesInLowerCaseAreReadToo() throws Exception {
        // Some address-book programs write "begin:vcard" and "tel;type=cell:".
        Path file = Files.writeString(dir.resolve("lower.vcf"),
                "begin:vcard\r\nversion:3.0\r\nfn:Nonna Rosa\r\ntel;type=cell:+39 333 765 4321\r\nend:vcard\r\n");
        assertEquals(List.of(entry("Nonna Rosa", "+39 333 765 4321")), VCardPhoneBook.read(file));
    }

    @Test
    void aFileWithoutCardsOrMissingIsBadInputNamingTheFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("contacts.vcf"), "Name,Phone\nAnna,+39 333 1\n", StandardCharsets.UTF_8);
        TraslocoException noCard = assertThrows(TraslocoException.class, () -> VCardPhoneBook.read(csv));
        assertEquals(TraslocoException.Kind.BAD_INPUT, noCard.kind());
        assertTrue(noCard.message(Locale.ENGLISH).contains("contacts.vcf") && noCard.message(Locale.ENGLISH)
                .contains("no contact card"), noCard.message(Locale.ENGLISH));
        assertTrue(noCard.message(Locale.ITALIAN).contains("non contiene nessun contatto"), noCard.message(Locale.ITALIAN));
        TraslocoException missing = assertThrows(TraslocoException.class,
                () -> VCardPhoneBook.read(dir.resolve("gone.vcf")));
        assertTrue(missing.message(Locale.ENGLISH).contains("gone.vcf does not exist"), missing.message(Locale.ENGLISH));
        Path empty = Files.write(dir.resolve("empty.vcf"), new byte[0]);
        assertEquals(TraslocoException.Kind.BAD_INPUT, assertThrows(TraslocoException.class,
                () -> VCardPhoneBook.read(empty)).kind());
    }
}
