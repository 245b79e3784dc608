package org.trasloco.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void theNonContactTildeInvisibleMarksCaseAndAccentsDoNotCount() {
        assertEquals("mamma", NameKey.of("~ Mamma"));
        assertEquals("mamma", NameKey.of("~\u202FMamma"));
        assertEquals("mamma", NameKey.of("\u2068MAMMA\u2069"));
        assertEquals("jose nino", NameKey.of("José  Niño"));
        assertEquals("jose nino", NameKey.of("JOSE\u00A0NINO "));
        // Decomposed and composed accents (macOS vCards write decomposed ones) are one name.
        assertEquals(NameKey.of("Zo\u00EB"), NameKey.of("Zoe\u0308"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(NameKey.of("Anna"), NameKey.of("Anna Maria"));
        assertNotEquals(NameKey.of("Μαρία"), NameKey.of("Maria"));
        assertEquals("μαρια", NameKey.of("Μαρία"));
        // A tilde inside a name is part of it.
        assertEquals("a~b", NameKey.of("A~B"));
    }

    @Test
    void plainAsciiNamesGetTheSameKeyOnTheFastPath() {
        for (String name : new String[] {"~ Mamma", "  Zio   Beppe ", "A~B", "O'Neil-Smith Jr.", "~", "+39 333 123 4567",
                "\tTab\tName", "UPPER lower 123"}) {
            // A left-to-right mark makes the name non-ASCII: the general path, which removes the mark.
            assertEquals(NameKey.of(name + "\u200E"), NameKey.of(name), name);
        }
    }

    @Test
    void aNameOfOnlyMarksHasAnEmptyKey() {
        assertEquals("", NameKey.of("\u200E\u200F "));
        assertEquals("", NameKey.of("~"));
    }
}
