package org.trasloco.invites.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trasloco.core.error.TraslocoException;

/** Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). */
final class CsvLexer {

    private final Path file;
    private final String text;
    private final char separator;
    private int position;
    private int line = 1;

    CsvLexer(Path file, String text, char separator) {
        this.file = file;
        this.text = text;
        this.separator = separator;
    }

    /** All non-blank records in order. */
    List<CsvTable.RawRecord> records() {
        List<CsvTable.RawRecord> records = new ArrayList<>();
        while (position < text.length()) {
            int start = line;
            List<String> fields = record();
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                records.add(new CsvTable.RawRecord(start, fields));
            }
        }
        return records;
    }

    private List<String> record() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted(field);
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                line++;
                break;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private void quoted(StringBuilder field) {
        int start = line;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    field.append('"');
                    position++;
                } else {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                field.append(c);
            }
        }
        throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, CsvText.UNCLOSED_QUOTE, file, start);
    }
}
