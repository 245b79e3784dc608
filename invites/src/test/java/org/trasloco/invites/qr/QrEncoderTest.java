package org.trasloco.invites.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrEncoderTest {

    private static final String LANDING = "https://xmpp.link/#nicol%C3%B2@caff%C3%A8.example?roster;preauth=Zm9v%2BYmFy;ibr=y";

    @Test
    void pngDecodesToTheLink() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        QrPng.write(QrEncoder.encode(LANDING), 4, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(Optional.of(LANDING), QrDecoding.decode(image));
    }

    @Test
    void leavesTheQuietZoneWhite() {
        QrCode code = QrEncoder.encode(LANDING);
        BufferedImage image = QrPng.image(code, 3);
        assertEquals(code.sizeWithQuietZone() * 3, image.getWidth());
        int border = QrCode.QUIET_ZONE * 3;
        for (int i = 0; i < image.getWidth(); i++) {
            for (int j = 0; j < border; j++) {
                assertEquals(0xFFFFFFFF, image.getRGB(i, j), "top");
                assertEquals(0xFFFFFFFF, image.getRGB(j, i), "left");
                assertEquals(0xFFFFFFFF, image.getRGB(i, image.getHeight() - 1 - j), "bottom");
                assertEquals(0xFFFFFFFF, image.getRGB(image.getWidth() - 1 - j, i), "right");
            }
        }
        assertTrue(code.isDark(0, 0), "finder pattern corner");
    }

    @Test
    void stillReadsWithAQuarterOfARowBandCovered() {
        // Level Q: a smudge over part of the code must not make it unreadable.
        QrCode code = QrEncoder.encode(LANDING);
        BufferedImage image = QrPng.image(code, 4);
        int offset = QrCode.QUIET_ZONE * 4;
        int from = offset + code.size() * 4 * 9 / 20;
        for (int y = from; y < from + 8; y++) {
            for (int x = offset + code.size() * 4 / 3; x < offset + code.size() * 4 * 2 / 3; x++) {
                image.setRGB(x, y, 0xFFFFFFFF);
            }
        }
        assertEquals(Optional.of(LANDING), QrDecoding.decode(image));
    }

    @Test
    void refusesTextTooLongForAnyVersion() {
        assertThrows(IllegalArgumentException.class, () -> QrEncoder.encode("x".repeat(3000)));
        assertFalse(QrEncoder.encode("x").size() > 21);
    }
}
