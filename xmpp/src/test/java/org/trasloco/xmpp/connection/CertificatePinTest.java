package org.trasloco.xmpp.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;

class CertificatePinTest {

    private static final String HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void readsTheFingerprintWithColonsInAnyCase() {
        String withColons = "9F:86:D0:81:88:4C:7D:65:9A:2F:EA:A0:C5:5A:D0:15:A3:BF:4F:1B:2B:0B:82:2C:D1:5D:6C:15:B0:F0:0A:08";
        assertEquals(HEX, CertificatePin.parse(withColons).hex());
        assertEquals(HEX, CertificatePin.parse(HEX.toUpperCase(Locale.ROOT)).hex());
        assertEquals(withColons, CertificatePin.parse(HEX).display());
    }

    @Test
    void readsTheFingerprintAsOpensslPrintsIt() {
        // openssl x509 -noout -fingerprint -sha256 prints "SHA256 Fingerprint=AB:CD:…"
        assertEquals(HEX, CertificatePin.parse("sha256 Fingerprint=" + CertificatePin.parse(HEX).display()).hex());
        assertEquals(HEX, CertificatePin.parse(" sha256:" + HEX + "\n").hex());
    }

    @Test
    void refusesWhatIsNotASha256Fingerprint() {
        TraslocoException tooShort = assertThrows(TraslocoException.class, () -> CertificatePin.parse("AB:CD"));
        assertEquals(TraslocoException.Kind.USAGE, tooShort.kind());
        assertEquals("AB:CD is not a SHA-256 certificate fingerprint: it must have 64 hexadecimal digits (0-9, A-F); "
                + "colons between pairs are fine.", tooShort.message(Locale.ENGLISH));
        assertThrows(TraslocoException.class, () -> CertificatePin.parse(HEX.replace('a', 'g')));
        assertThrows(TraslocoException.class, () -> CertificatePin.parse(HEX + "00"));
    }
}
