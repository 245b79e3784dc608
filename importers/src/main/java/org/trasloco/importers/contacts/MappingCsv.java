package org.trasloco.importers.contacts;

import org.trasloco.core.csv.CsvReader;
import org.trasloco.core.csv.CsvRecord;
import org.trasloco.core.csv.CsvWriter;
import org.trasloco.core.csv.UnclosedQuoteException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.NameKey;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.importers.io.TextDecoding;

/**
 * The people list as a spreadsheet file, for a helper to fill in: UTF-8 with a byte-order mark (so
 * that spreadsheet programs show accents right), columns named in the user's language, separated by
 * a semicolon where the decimal separator is a comma (as those programs expect there), else by a
 * comma. Reading accepts either separator and column names in any language Trasloco speaks; only
 * the id, decision and address columns are read back. Every row is checked before anything changes.
 */
public final class MappingCsv {

    /** The columns, in file order. */
    enum Column {
        ID(ContactsMessages.CSV_COLUMN_ID),
        NAME(ContactsMessages.CSV_COLUMN_NAME),
        ALIASES(ContactsMessages.CSV_COLUMN_ALIASES),
        PHONES(ContactsMessages.CSV_COLUMN_PHONES),
        TELEGRAM(ContactsMessages.CSV_COLUMN_TELEGRAM),
        CHATS(ContactsMessages.CSV_COLUMN_CHATS),
        MESSAGES(ContactsMessages.CSV_COLUMN_MESSAGES),
        DECISION(ContactsMessages.CSV_COLUMN_DECISION),
        ADDRESS(ContactsMessages.CSV_COLUMN_ADDRESS);

        private final ContactsMessages header;

        Column(ContactsMessages header) {
            this.header = header;
        }
    }

    private static final String LIST_SEPARATOR = "; ";

    private MappingCsv() {
    }

    /**
     * Writes the list.
     *
     * @param roster the people
     * @param file the file to write (replaced if it exists)
     * @param locale the language of the column names and decision words
     * @throws TraslocoException of kind {@code STORAGE} when the file cannot be written
     */
    public static void write(Roster roster, Path file, Locale locale) {
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
            out.write('\uFEFF');
            List<String> header = new ArrayList<>();
            for (Column column : Column.values()) {
                header.add(LocalizedText.of(column.header).format(locale));
            }
            CsvWriter.writeRow(out, separator, header);
            for (Person person : roster.people()) {
                CsvWriter.writeRow(out, separator, List.of(
                        Long.toString(person.contact().id()),
                        person.name(),
                        String.join(LIST_SEPARATOR, person.contact().aliases()),
                        String.join(LIST_SEPARATOR, person.contact().phones()),
                        String.join(LIST_SEPARATOR, person.contact().platformIds()),
                        String.join(LIST_SEPARATOR, person.conversations()),
                        Long.toString(person.messages()),
                        person.contact().decision() == Decision.UNDECIDED ? ""
                                : LocalizedText.of(DecisionValues.word(person.contact().decision())).format(locale),
                        person.contact().xmppAddress() == null ? "" : person.contact().xmppAddress()));
            }
        } catch (IOException e) {
            throw new TraslocoException(TraslocoException.Kind.STORAGE,
                    LocalizedText.of(ContactsMessages.CSV_WRITE_FAILED, file), e);
        }
    }

    /**
     * Reads a list back and checks every row against the people.
     *
     * @param file the file
     * @param roster the people now
     * @return the decisions, or the problems of every bad row
     * @throws TraslocoException of kind {@code BAD_INPUT} when the file cannot be read as text
     */
    public static CsvImport read(Path file, Roster roster) {
        List<CsvRecord> rows;
        try (BufferedReader in = new BufferedReader(TextDecoding.open(Files.newInputStream(file)))) {
            in.mark(1 << 16);
            String first = in.readLine();
            in.reset();
            rows = CsvReader.read(in, CsvReader.separatorOf(first == null ? "" : first), Integer.MAX_VALUE);
        } catch (UnclosedQuoteException e) {
            return new CsvImport(List.of(), List.of(new CsvProblem(e.line(),
                    LocalizedText.of(ContactsMessages.CSV_UNCLOSED_QUOTE))));
        } catch (NoSuchFileException e) {
            throw ContactsMessages.CSV_NOT_FOUND.badInput(file, e);
        } catch (CharacterCodingException e) {
            throw ContactsMessages.CSV_NOT_UTF8.badInput(file, e);
        } catch (IOException e) {
            throw ContactsMessages.CSV_UNREADABLE.badInput(file, e);
        }
        if (rows.isEmpty()) {
            return new CsvImport(List.of(), List.of(new CsvProblem(1, LocalizedText.of(ContactsMessages.CSV_EMPTY))));
        }
        Map<Column, Integer> columns = columnsOf(rows.get(0));
        List<Column> missing = List.of(Column.ID, Column.DECISION).stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return new CsvImport(List.of(), List.of(new CsvProblem(rows.get(0).line(), LocalizedText.of(
                    ContactsMessages.CSV_MISSING_COLUMN, LocalizedText.of(missing.get(0).header)))));
        }
        return checkRows(rows.subList(1, rows.size()), columns, roster);
    }

    private static CsvImport checkRows(List<CsvRecord> rows, Map<Column, Integer> columns, Roster roster) {
        List<ContactDecision> decisions = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        Map<Long, Long> seen = new HashMap<>();
        Set<Long> known = roster.people().stream().map(person -> person.contact().id()).collect(Collectors.toSet());
        long meLine = 0;
        for (CsvRecord row : rows) {
            if (row.blank()) {
                continue;
            }
            String idCell = row.cell(columns.get(Column.ID)).strip();
            String idText = idCell.startsWith("#") ? idCell.substring(1) : idCell;
            if (!idText.matches("\\d{1,18}")) {
                problems.add(new CsvProblem(row.line(), LocalizedText.of(ContactsMessages.CSV_BAD_ID, idCell)));
                continue;
            }
            long id = Long.parseLong(idText);
            if (!known.contains(id)) {
                problems.add(new CsvProblem(row.line(), LocalizedText.of(ContactsMessages.CSV_UNKNOWN_ID, id)));
                continue;
            }
            Long earlier = seen.putIfAbsent(id, row.line());
            if (earlier != null) {
                problems.add(new CsvProblem(row.line(), LocalizedText.of(ContactsMessages.CSV_DUPLICATE_ID, id, earlier)));
                continue;
            }
            Integer addressColumn = columns.get(Column.ADDRESS);
            DecisionValues.Parsed parsed = DecisionValues.parseCells(row.cell(columns.get(Column.DECISION)),
                    addressColumn == null ? "" : row.cell(addressColumn));
            if (!parsed.ok()) {
                problems.add(new CsvProblem(row.line(), parsed.problem()));
                continue;
            }
            if (parsed.decision() == Decision.ME) {
                if (meLine > 0) {
                    problems.add(new CsvProblem(row.line(), LocalizedText.of(ContactsMessages.CSV_TWO_ME, meLine)));
                    continue;
                }
                meLine = row.line();
            }
            decisions.add(new ContactDecision(id, parsed.decision(), parsed.address()));
        }
        return problems.isEmpty() ? new CsvImport(decisions, List.of()) : new CsvImport(List.of(), problems);
    }

    /** Which column each header cell names, in any language. */
    private static Map<Column, Integer> columnsOf(CsvRecord header) {
        Map<String, Column> names = new HashMap<>();
        for (Column column : Column.values()) {
            names.put(NameKey.of(column.name()), column);
            for (Locale language : DecisionValues.LANGUAGES) {
                names.put(NameKey.of(LocalizedText.of(column.header).format(language)), column);
            }
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            Column column = names.get(NameKey.of(header.cell(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }
}
