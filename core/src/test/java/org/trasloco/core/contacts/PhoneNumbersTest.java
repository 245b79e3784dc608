package org.trasloco.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;

/** Phone numbers of several countries, written the ways people write them. */
class PhoneNumbersTest {

    @Test
    void italianNumbersInEveryFormAreOneNumber() {
        PhoneNumbers italy = PhoneNumbers.inRegion("IT");
        for (String written : new String[] {"+39 333 123 4567", "0039 333 123 4567", "333 123 4567", "333-1234567",
                "+39 (333) 123.45.67", "\u202A+39 333 123 4567\u202C"}) {
            assertEquals("+393331234567", italy.e164(written), written);
        }
        // Italian landlines keep their leading 0.
        assertEquals("+39061234567", italy.e164("06 1234567"));
    }

    @Test
    void numbersWithoutCountryAreReadInTheDefaultRegion() {
        assertEquals("+15550100000", PhoneNumbers.inRegion("US").e164("(555) 010-0000"));
        assertEquals("+442079460958", PhoneNumbers.inRegion("GB").e164("020 7946 0958"));
        assertEquals("+4915123456789", PhoneNumbers.inRegion("de").e164("0151 23456789"));
        assertEquals("+33612345678", PhoneNumbers.inRegion("FR").e164("06 12 34 56 78"));
        assertEquals("+5511912345678", PhoneNumbers.inRegion("BR").e164("(11) 91234-5678"));
        assertEquals("+79123456789", PhoneNumbers.inRegion("RU").e164("8 912 345-67-89"));
        assertEquals("+919876543210", PhoneNumbers.inRegion("IN").e164("098765 43210"));
        // "0039" is international even where the international prefix is 011.
        assertEquals("+393331234567", PhoneNumbers.inRegion("US").e164("0039 333 123 4567"));
    }

    @Test
    void withoutARegionOnlyInternationalNumbersAreUnderstood() {
        PhoneNumbers none = PhoneNumbers.inRegion(null);
        assertNull(none.region());
        assertEquals("+393331234567", none.e164("+39 333 123 4567"));
        assertNull(none.e164("333 123 4567"));
    }

    @Test
    void textThatIsNoNumberGivesNothing() {
        PhoneNumbers italy = PhoneNumbers.inRegion("IT");
        assertNull(italy.e164("12"));
        assertNull(italy.e164("Mamma"));
        assertNull(italy.e164(""));
        assertNull(italy.e164(null));
    }

    @Test
    void theRegionComesFromTheLocaleAndAnUnknownCodeIsAUsageError() {
        assertEquals("IT", PhoneNumbers.regionOf(Locale.forLanguageTag("it-IT")));
        assertNull(PhoneNumbers.regionOf(Locale.ENGLISH));
        TraslocoException error = assertThrows(TraslocoException.class, () -> PhoneNumbers.inRegion("XX"));
        assertEquals(TraslocoException.Kind.USAGE, error.kind());
        assertEquals("XX is not a country code Trasloco knows. Use the two letters of a country, like IT, DE or US.",
                error.message(Locale.ENGLISH));
    }

    @Test
    void tellsMobilesFromLandlines() {
        assertEquals(PhoneNumbers.Line.MOBILE, PhoneNumbers.lineOf("+393331234567"));
        assertEquals(PhoneNumbers.Line.FIXED, PhoneNumbers.lineOf("+390612345678"));
        assertEquals(PhoneNumbers.Line.MOBILE_OR_FIXED, PhoneNumbers.lineOf("+12015550123"));
        assertEquals(PhoneNumbers.Line.OTHER, PhoneNumbers.lineOf("not a number"));
        assertEquals(PhoneNumbers.Line.OTHER, PhoneNumbers.lineOf(null));
    }
}
