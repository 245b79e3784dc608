package org.trasloco.keepsake.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

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
        Path folder = Files.createDirectories(parent.resolve("hostile-export"));
        String chat = String.join("\n",
                "01/03/2024, 10:00 - Mallory <i>: " + SCRIPT,
                "01/03/2024, 10:01 - Eve: " + IMAGE_HANDLER,
                "01/03/2024, 10:02 - Mallory <i>: Click " + SCRIPT_LINK + " and https://example.org/?a=1&b=<2>",
                "01/03/2024, 10:03 - Dana: \u202Eevil override\u202C and a line\u2028separator </p></article></main>",
                "01/03/2024, 10:04 - Dana: " + HEBREW,
                "01/03/2024, 10:05 - Jess Moreau: Grandma 👵🏽 and family 👨‍👩‍👧 ❤️",
                "01/03/2024, 10:06 - Jess Moreau: " + PHOTO + " (file attached)",
                "Our garden",
                "01/03/2024, 10:07 - Dana: " + VOICE + " (file attached)",
                "02/03/2024, 09:00 - Dana: & &amp; &lt; ' \" done",
                "");
        Files.writeString(folder.resolve("WhatsApp Chat with " + NAME + ".txt"), chat, StandardCharsets.UTF_8);
        Files.write(folder.resolve(PHOTO), png());
        Files.write(folder.resolve(VOICE), wav());
        return folder;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x87CEEB));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 130, 320, 70);
        g.setColor(new Color(0xFBC02D));
        g.fillOval(230, 25, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Half a second of a 440 Hz tone, 8 kHz 16-bit mono PCM. */
    private static byte[] wav() {
        int rate = 8000;
        int samples = rate / 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000));
        }
        return wav.array();
    }
}
