package org.trasloco.invites.share;

import java.util.Objects;
import org.trasloco.invites.links.UriEncoding;

/**
 * Links that open a chat app with a text ready to send. Values are percent-encoded as UTF-8
 * (spaces as {@code %20}), which both apps read.
 */
public final class ShareLinks {

    private ShareLinks() {
    }

    /**
     * WhatsApp's click-to-chat link: {@code https://wa.me/<number>?text=…}. With a number it opens
     * the chat with that person; without one WhatsApp asks whom to send the text to.
     *
     * @param phoneE164 the number in E.164 form ({@code +39…}), or {@code null}
     * @param text the message
     * @return the link
     */
    public static String whatsApp(String phoneE164, String text) {
        Objects.requireNonNull(text, "text");
        String number = phoneE164 == null ? "" : phoneE164.replaceAll("[^0-9]", "");
        return "https://wa.me/" + number + "?text=" + UriEncoding.encodeComponent(text);
    }

    /**
     * Telegram's share link: {@code https://t.me/share/url?url=…&text=…}; Telegram asks whom to send
     * it to and shows the link under the text.
     *
     * @param url the link to share
     * @param text the text shown with it
     * @return the link
     */
    public static String telegram(String url, String text) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
        return "https://t.me/share/url?url=" + UriEncoding.encodeComponent(url) + "&text="
                + UriEncoding.encodeComponent(text);
    }

    /**
     * A text message link (RFC 5724): {@code sms:+39333…?body=…}. A phone or a desktop with a phone
     * app opens its messages app with the text ready; without a number it asks whom to send it to.
     *
     * @param phoneE164 the number in E.164 form ({@code +39…}), or {@code null}
     * @param text the message
     * @return the link
     */
    public static String sms(String phoneE164, String text) {
        Objects.requireNonNull(text, "text");
        String number = phoneE164 == null ? "" : "+" + phoneE164.replaceAll("[^0-9]", "");
        return "sms:" + number + "?body=" + UriEncoding.encodeComponent(text);
    }
}
