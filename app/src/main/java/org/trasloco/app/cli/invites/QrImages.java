package org.trasloco.app.cli.invites;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.qr.QrEncoder;
import org.trasloco.invites.qr.QrPng;
import org.trasloco.invites.share.ShareMessage;

/** Writes each person's invitation as a QR code PNG ({@code 01-nonna-rosa.png}, …) to send as a picture. */
final class QrImages {

    /** 8 pixels a module: about 450 pixels for a landing link, sharp on a phone screen. */
    private static final int PIXELS_PER_MODULE = 8;

    private QrImages() {
    }

    static void write(Path directory, List<ShareMessage> messages) {
        try {
            Files.createDirectories(directory);
            int digits = Math.max(2, String.valueOf(messages.size()).length());
            for (int i = 0; i < messages.size(); i++) {
                ShareMessage message = messages.get(i);
                Path file = directory.resolve(String.format(Locale.ROOT, "%0" + digits + "d-%s.png", i + 1,
                        slug(message.invitee().name())));
                try (OutputStream out = Files.newOutputStream(file)) {
                    QrPng.write(QrEncoder.encode(message.link().landing()), PIXELS_PER_MODULE, out);
                }
            }
        } catch (IOException e) {
            throw new TraslocoException(TraslocoException.Kind.STORAGE,
                    LocalizedText.of(InvitesCliText.CANNOT_WRITE, directory), e);
        }
    }

    /** A file-name-safe form of a name: {@code Nonna Rosa} → {@code nonna-rosa}. */
    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "person" : slug;
    }
}
