package org.trasloco.importers.whatsapp;

import java.util.List;

/**
 * The shapes of a WhatsApp message header. One export uses one shape throughout; the reader picks
 * the one most lines match and, from then on, only lines of that shape start a message.
 *
 * <p>All shapes share the date and time grammar of {@link HeaderLine} and differ in what surrounds
 * them: brackets on iPhones, {@code " - "} after the time on Android, {@code ": "} in 2012–2016
 * exports, a bare space in some older ones.
 */
enum HeaderSyntax {
    /** {@code 14/02/2024, 09:12 - Name: text} (Android, every year). */
    ANDROID("android"),
    /** {@code [2/3/24, 6:20:05 PM] Name: text} (iPhone). */
    IOS("ios"),
    /** {@code 06.08.13, 19:55:10: Name: text} (both platforms, 2012–2016). */
    LEGACY("legacy"),
    /** {@code 02-12-18 22:55:45 Name: text} (old exports without any separator). */
    BARE("bare");

    /** The order in which a line is counted for a shape when choosing the shape of a file. */
    static final List<HeaderSyntax> PRIORITY = List.of(ANDROID, IOS, LEGACY, BARE);

    private final String id;

    HeaderSyntax(String id) {
        this.id = id;
    }

    /** A short name for reports: {@code android}, {@code ios}, {@code legacy}, {@code bare}. */
    String id() {
        return id;
    }
}
