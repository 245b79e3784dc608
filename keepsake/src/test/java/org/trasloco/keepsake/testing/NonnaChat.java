package org.trasloco.keepsake.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A WhatsApp export of a family chat as Android's "Export chat" with media writes it (a folder with
 * the text and its loose files): an Italian grandmother and her grandchild, a photo, a voice note,
 * emoji, a deleted message and a system line. Read by the real WhatsApp importer; its page
 * illustrates the user guide.
 */
public final class NonnaChat {

    /** The chat's name. */
    public static final String NAME = "Nonna Rosa";
    /** The photo's name as the export writes it. */
    public static final String PHOTO = "IMG-20240421-WA0003.png";
    /** The voice note's name as the export writes it. */
    public static final String VOICE = "AUD-20240421-WA0004.wav";

    private NonnaChat() {
    }

    /** Writes the export into {@code parent}; returns its folder. */
    public static Path write(Path parent) throws IOException {
        return TestMedia.whatsAppExport(parent.resolve("nonna-export"), NAME, List.of(
                "20/04/2024, 18:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
                "20/04/2024, 18:02 - Nonna Rosa: Ciao tesoro! Domani vieni a pranzo? 🍝",
                "20/04/2024, 18:05 - Jess Moreau: Sì nonna, arrivo verso l'una ❤️",
                "20/04/2024, 18:06 - Nonna Rosa: Porta anche Sam!",
                "Faccio le lasagne",
                "21/04/2024, 14:31 - Nonna Rosa: " + PHOTO + " (file attached)",
                "Il mio giardino quest'anno 🌷",
                "21/04/2024, 14:33 - Jess Moreau: Che bello! The tulips are amazing",
                "21/04/2024, 14:40 - Nonna Rosa: " + VOICE + " (file attached)",
                "21/04/2024, 14:41 - Jess Moreau: This message was deleted",
                "21/04/2024, 14:42 - Jess Moreau: Grazie per il pranzo, a domenica! 😘"), PHOTO, VOICE);
    }
}
