package org.trasloco.invites.qr;

import org.trasloco.core.i18n.MessageKey;

/** The texts of the QR package ({@code org/trasloco/invites/qr/messages*.properties}). */
public enum QrText implements MessageKey {
    /** {0} the file: not a picture this computer can read. */
    NOT_A_PICTURE("picture.unreadable"),
    /** {0} the file, {1} width, {2} height in pixels: larger than a QR picture needs to be. */
    TOO_LARGE("picture.tooLarge"),
    /** {0} the file: a picture without a readable QR code. */
    NOT_FOUND("code.notFound");

    private final String key;

    QrText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.invites.qr.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
