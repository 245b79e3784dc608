package org.trasloco.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsWhatSpreadsheetsWrite() throws IOException {
        String text = "\uFEFFname;phone\r\n\"Rossi; Anna\";+39 333 1234567\r\n  \"said \"\"hi\"\"\n twice\";'=1+1\r\n\r\nlast;";
        List<CsvRecord> records = CsvReader.read(new StringReader(text), ';', 100);
        assertEquals(new CsvRecord(1, List.of("name", "phone")), records.get(0));
        assertEquals(new CsvRecord(2, List.of("Rossi; Anna", "+39 333 1234567")), records.get(1));
        assertEquals(new CsvRecord(3, List.of("said \"hi\"\n twice", "=1+1")), records.get(2));
        assertTrue(records.get(3).blank());
        assertEquals(5, records.get(3).line());
        assertEquals(new CsvRecord(6, List.of("last", "")), records.get(4));
        assertEquals("", records.get(4).cell(7));
    }

    @Test
    void tellsTheSeparatorFromTheFirstLine() {
        assertEquals(';', CsvReader.separatorOf("ID;Nome;\"a,b\""));
        assertEquals(',', CsvReader.separatorOf("ID,Name"));
        assertEquals('\t', CsvReader.separatorOf("ID\tName\tChoice"));
        assertEquals(',', CsvReader.separatorOf(""));
    }

    @Test
    void writtenCellsReadBackAsTheyWere() throws IOException {
        List<String> cells = List.of("=HYPERLINK(\"x\")", "a;b", "two\nlines", "-1", "plain", "");
        StringWriter out = new StringWriter();
        CsvWriter.writeRow(out, ';', cells);
        assertTrue(out.toString().startsWith("\"'=HYPERLINK"), "a formula is defused: " + out);
        assertEquals(List.of(new CsvRecord(1, cells)), CsvReader.read(new StringReader(out.toString()), ';', 10));
    }

    @Test
    void refusesAnUnclosedQuoteAndTooManyRecords() {
        UnclosedQuoteException unclosed = assertThrows(UnclosedQuoteException.class,
                () -> CsvReader.read(new StringReader("a,b\n\"open,c\nd,e\n"), ',', 10));
        assertEquals(2, unclosed.line());
        assertThrows(CsvReader.TooManyRecordsException.class,
                () -> CsvReader.read(new StringReader("1\n2\n3\n4\n"), ',', 3));
    }
}
