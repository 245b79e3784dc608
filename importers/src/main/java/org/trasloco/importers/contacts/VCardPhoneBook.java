package org.trasloco.importers.contacts;

import ezvcard.VCard;
import ezvcard.io.scribe.ScribeIndex;
import ezvcard.io.scribe.VCardPropertyScribe;
import ezvcard.io.text.VCardReader;
import ezvcard.property.FormattedName;
import ezvcard.property.Nickname;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.VCardProperty;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.error.TraslocoException;

/**
 * Reads a phone book exported as vCards ({@code .vcf}): version 2.1 (old Android phones, with
 * quoted-printable text in the charset each line names), 3.0 (iPhone, Android, Google Contacts) and
 * 4.0 ({@code tel:} URIs); one file holds any number of cards. Each card gives a name and all its
 * numbers. The file is UTF-8 (a byte-order mark is allowed); a file that is not valid UTF-8 is read
 * as Windows-1252, the other charset old phone software wrote. Photos and other fields are ignored.
 */
public final class VCardPhoneBook {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * Only the names are parsed; the rest (photos above all) stays raw text. Numbers are read from
     * their raw text too: ez-vcard would first try every 3.0 number as a {@code tel:} URI and build
     * a localised exception for each one that is not (nearly all), which costs more than the rest.
     */
    private static final ScribeIndex NAMES_ONLY = new OnlyScribes(Set.of("FN", "N", "NICKNAME", "ORG"));
    private static final String TEL = "TEL";
    private static final String TEL_URI = "tel:";

    private VCardPhoneBook() {
    }

    /**
     * Reads every card of a file.
     *
     * @param file the {@code .vcf} file
     * @return one entry per card that has a name or a number, in file order
     * @throws TraslocoException of kind {@code BAD_INPUT} when the file cannot be read or holds no card
     */
    public static List<PhoneBookEntry> read(Path file) {
        Charset charset;
        try {
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        } catch (NoSuchFileException e) {
            throw ContactsMessages.VCARD_NOT_FOUND.badInput(file, e);
        } catch (IOException e) {
            throw ContactsMessages.VCARD_UNREADABLE.badInput(file, e);
        }
        List<PhoneBookEntry> entries = new ArrayList<>();
        int cards = 0;
        try (Reader text = open(file, charset); VCardReader reader = new VCardReader(text)) {
            reader.setDefaultQuotedPrintableCharset(charset);
            reader.setScribeIndex(NAMES_ONLY);
            VCard card;
            while ((card = reader.readNext()) != null) {
                cards++;
                PhoneBookEntry entry = entryOf(card);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw ContactsMessages.VCARD_UNREADABLE.badInput(file, e);
        }
        if (cards == 0) {
            throw ContactsMessages.VCARD_NO_CARD.badInput(file, null);
        }
        return entries;
    }

    private static Reader open(Path file, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Decodes the whole file strictly as UTF-8, without keeping it. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static PhoneBookEntry entryOf(VCard card) {
        Set<String> phones = new LinkedHashSet<>();
        for (RawProperty telephone : card.getExtendedProperties(TEL)) {
            String number = numberOf(telephone.getValue());
            if (!number.isEmpty()) {
                phones.add(number);
            }
        }
        String name = nameOf(card);
        if (name.isEmpty() && phones.isEmpty()) {
            return null;
        }
        return new PhoneBookEntry(name, List.copyOf(phones), null);
    }

    /** The number of a {@code TEL} value: text (2.1, 3.0) or a {@code tel:} URI (4.0) without its parameters. */
    static String numberOf(String value) {
        String number = value == null ? "" : value.strip();
        if (number.regionMatches(true, 0, TEL_URI, 0, TEL_URI.length())) {
            int parameters = number.indexOf(';');
            number = number.substring(TEL_URI.length(), parameters < 0 ? number.length() : parameters).strip();
        }
        return number;
    }

    /** The formatted name; else the structured name's parts; else a nickname or the organisation. */
    private static String nameOf(VCard card) {
        for (FormattedName formatted : card.getFormattedNames()) {
            if (formatted.getValue() != null && !formatted.getValue().isBlank()) {
                return formatted.getValue().strip();
            }
        }
        StructuredName structured = card.getStructuredName();
        if (structured != null) {
            String joined = Stream.of(join(structured.getPrefixes()), structured.getGiven(),
                    join(structured.getAdditionalNames()), structured.getFamily(), join(structured.getSuffixes()))
                    .filter(part -> part != null && !part.isBlank())
                    .map(String::strip)
                    .collect(Collectors.joining(" "));
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        for (Nickname nickname : card.getNicknames()) {
            if (!nickname.getValues().isEmpty() && !nickname.getValues().get(0).isBlank()) {
                return nickname.getValues().get(0).strip();
            }
        }
        Organization organization = card.getOrganization();
        if (organization != null && !organization.getValues().isEmpty()) {
            return organization.getValues().get(0).strip();
        }
        return "";
    }

    private static String join(List<String> parts) {
        return String.join(" ", parts);
    }

    /** A scribe index that knows only some property names; ez-vcard keeps the others as raw text. */
    private static final class OnlyScribes extends ScribeIndex {
        private final Set<String> names;

        OnlyScribes(Set<String> names) {
            this.names = names;
        }

        @Override
        public VCardPropertyScribe<? extends VCardProperty> getPropertyScribe(String propertyName) {
            return names.contains(propertyName.toUpperCase(Locale.ROOT)) ? super.getPropertyScribe(propertyName) : null;
        }
    }
}
