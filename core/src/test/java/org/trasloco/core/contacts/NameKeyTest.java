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
    void aNameOfOnlyMarksHasAnEmptyKey() {
        assertEquals("", NameKey.of("\u200E\u200F "));
        assertEquals("", NameKey.of("~"));
    }
}
