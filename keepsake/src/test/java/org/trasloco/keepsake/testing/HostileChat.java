package org.trasloco.keepsake.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A WhatsApp export (a folder with the chat text and its loose files, as Android's "Export chat
 * with media" unpacked) written by the test: texts and names an attacker could send (tags, quotes
 * that leave attributes, script links, bidi overrides, line separators), a right-to-left message,
 * emoji, a photo and a voice note that a browser can play.
 */
public final class HostileChat {

    /** The chat's name, from its file name. */
    public static final String NAME = "Hostile <b>group & \"friends\"";
    /** Text that would run a script if it were not escaped. */
    public static final String SCRIPT = "<script>document.title='pwned'</script>";
    /** Text that would add an element with a handler if it were not escaped. */
    public static final String IMAGE_HANDLER = "\"><img src=x onerror=\"document.title='pwned'\">";
    /** A link target that would run a script if it became a link. */
    public static final String SCRIPT_LINK = "javascript:document.title='pwned'";
    /** A Hebrew sentence. */
    public static final String HEBREW = "שלום לכולם, מה שלומכם?";
    /** A photo's file name as the export writes it. */
    public static final String PHOTO = "IMG-20240301-WA0001.png";
    /** A voice note's file name as the export writes it. */
    public static final String VOICE = "AUD-20240301-WA0002.wav";

    private HostileChat() {
    }

    /** Writes the export into {@code parent}; returns its folder. */
    public static Path write(Path parent) throws IOException {
        return TestMedia.whatsAppExport(parent.resolve("hostile-export"), NAME, List.of(
                "01/03/2024, 10:00 - Mallory <i>: " + SCRIPT,
                "01/03/2024, 10:01 - Eve: " + IMAGE_HANDLER,
                "01/03/2024, 10:02 - Mallory <i>: Click " + SCRIPT_LINK + " and https://example.org/?a=1&b=<2>",
                "01/03/2024, 10:03 - Dana: \u202Eevil override\u202C and a line\u2028separator </p></article></main>",
                "01/03/2024, 10:04 - Dana: " + HEBREW,
                "01/03/2024, 10:05 - Jess Moreau: Grandma 👵🏽 and family 👨‍👩‍👧 ❤️",
                "01/03/2024, 10:06 - Jess Moreau: " + PHOTO + " (file attached)",
                "Our garden",
                "01/03/2024, 10:07 - Dana: " + VOICE + " (file attached)",
                "02/03/2024, 09:00 - Dana: & &amp; &lt; ' \" done"), PHOTO, VOICE);
    }
}
