package org.trasloco.core.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;

/**
 * Turns phone numbers as people write them into E.164 ({@code +393331234567}) with libphonenumber.
 * A number written without its country ({@code 333 123 4567}, {@code (555) 010-0000}) is read in
 * the default region; {@code +39 …} and {@code 0039 …} carry their own. Not thread-safe (it caches).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String UNKNOWN_REGION = "ZZ";
    private static final int CACHE_LIMIT = 100_000;

    private final String region;
    private final Map<String, String> cache = new HashMap<>();

    private PhoneNumbers(String region) {
        this.region = region;
    }

    /**
     * Numbers read in a default region.
     *
     * @param region an ISO 3166 country code such as {@code IT} or {@code us}, or {@code null} or
     *     blank for none (then only numbers with their country code are understood)
     * @return the normaliser
     * @throws TraslocoException of kind {@code USAGE} for a code that is not a known region
     */
    public static PhoneNumbers inRegion(String region) {
        if (region == null || region.isBlank()) {
            return new PhoneNumbers(null);
        }
        String code = region.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(code)) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, CoreMessages.REGION_UNKNOWN, region.strip());
        }
        return new PhoneNumbers(code);
    }

    /**
     * The region of a locale ({@code it-IT} → {@code IT}), when it has a known one.
     *
     * @param locale the locale, usually the system's
     * @return the region code, or {@code null}
     */
    public static String regionOf(Locale locale) {
        String country = locale.getCountry();
        return UTIL.getSupportedRegions().contains(country) ? country : null;
    }

    /**
     * What kind of line a number is, as far as its digits tell (libphonenumber's number types):
     * invitations go to a number that can receive chat messages, so a mobile beats a landline.
     *
     * @param e164 a number in E.164 form
     * @return its kind; {@link Line#OTHER} for a number that cannot be read
     */
    public static Line lineOf(String e164) {
        if (e164 == null) {
            return Line.OTHER;
        }
        try {
            return switch (UTIL.getNumberType(UTIL.parse(e164, UNKNOWN_REGION))) {
                case MOBILE -> Line.MOBILE;
                case FIXED_LINE_OR_MOBILE -> Line.MOBILE_OR_FIXED;
                case FIXED_LINE -> Line.FIXED;
                default -> Line.OTHER;
            };
        } catch (NumberParseException e) {
            return Line.OTHER;
        }
    }

    /**
     * Kinds of phone lines, from the one most likely to receive chat messages to the least.
     */
    public enum Line {
        /** A mobile number. */
        MOBILE,
        /** A number whose digits do not tell (the United States, Canada and some others). */
        MOBILE_OR_FIXED,
        /** Anything else: voice over IP, personal, toll-free numbers, or a number not understood. */
        OTHER,
        /** A landline. */
        FIXED
    }

    /** The default region, or {@code null} when there is none. */
    public String region() {
        return region;
    }

    /**
     * The number in E.164 form.
     *
     * @param written the number as written, with any spaces, dashes, brackets or dots
     * @return {@code +} and digits, or {@code null} when the text is not a possible phone number
     *     (too short, letters, or without a country and no default region)
     */
    public String e164(String written) {
        if (written == null) {
            return null;
        }
        String cached = cache.get(written);
        if (cached != null || cache.containsKey(written)) {
            return cached;
        }
        String result = parse(written);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(written, result);
        }
        return result;
    }

    private String parse(String written) {
        String text = written.strip();
        // "00" is the international prefix almost everywhere; read it so in every default region.
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        }
        try {
            PhoneNumber number = UTIL.parse(text, region == null ? UNKNOWN_REGION : region);
            if (!UTIL.isPossibleNumber(number)) {
                return null;
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }
}
