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
import java.util.List;
import javax.imageio.ImageIO;

/** Small real media files for generated exports: a photo any browser decodes, a sound any browser plays. */
public final class TestMedia {

    private TestMedia() {
    }

    /**
     * Writes a WhatsApp "Export chat" with media as Android unpacks it: a folder with the chat's text
     * (named as the phone names it) and, beside it, a photo and a voice note.
     *
     * @param folder the export's folder
     * @param chatName the chat's name
     * @param lines the chat's lines
     * @param photo the photo's file name
     * @param voice the voice note's file name
     * @return the folder
     */
    public static Path whatsAppExport(Path folder, String chatName, List<String> lines, String photo, String voice)
            throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("WhatsApp Chat with " + chatName + ".txt"), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        Files.write(folder.resolve(photo), png());
        Files.write(folder.resolve(voice), wav());
        return folder;
    }

    /** A 320 × 200 picture of a garden under a sun, as PNG. */
    public static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x6EC6F0), 0, 130, new Color(0xD6F0FB)));
        g.fillRect(0, 0, 320, 130);
        g.setColor(new Color(0xFBC02D));
        g.fillOval(236, 22, 52, 52);
        g.setColor(new Color(0x558B2F));
        g.fillRect(0, 130, 320, 70);
        int[] colours = {0xE53935, 0xFDD835, 0xD81B60, 0xFB8C00, 0xE53935, 0x8E24AA, 0xFDD835};
        for (int i = 0; i < colours.length; i++) {
            int x = 24 + i * 42;
            g.setColor(new Color(0x33691E));
            g.fillRect(x + 7, 118, 3, 46);
            g.setColor(new Color(colours[i]));
            g.fillOval(x, 100, 17, 24);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Half a second of a 440 Hz tone, 8 kHz 16-bit mono PCM. */
    public static byte[] wav() {
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
