package org.trasloco.invites.kit;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Paper sizes, in PDF points (1/72 inch). */
public enum PaperFormat {
    /** ISO A4, 210 × 297 mm. */
    A4(595.2756f, 841.8898f),
    /** US Letter, 8.5 × 11 in. */
    LETTER(612f, 792f);

    /** Where Letter is the usual paper. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH");

    private final float width;
    private final float height;

    PaperFormat(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /** Width in points, portrait. */
    public float width() {
        return width;
    }

    /** Height in points, portrait. */
    public float height() {
        return height;
    }

    /**
     * The format for a name as typed on a command line.
     *
     * @param name {@code a4} or {@code letter}, any case
     * @return the format, if known
     */
    public static Optional<PaperFormat> ofName(String name) {
        return Stream.of(values()).filter(p -> p.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    /**
     * The paper sold where someone lives: Letter in North America and the Philippines, A4 elsewhere.
     *
     * @param country an ISO 3166 country code, e.g. {@code US}; empty when unknown
     * @return the format
     */
    public static PaperFormat forCountry(String country) {
        return LETTER_COUNTRIES.contains(country.toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }
}
