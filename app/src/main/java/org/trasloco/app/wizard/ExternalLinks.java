package org.trasloco.app.wizard;

/**
 * Opens a link outside the wizard: a WhatsApp or Telegram share link in the browser or the app, an
 * {@code sms:} link in the phone app. The system's in the app; tests record what was opened.
 */
@FunctionalInterface
public interface ExternalLinks {

    /**
     * Opens a link.
     *
     * @param uri the link, e.g. {@code https://wa.me/39333…?text=…}
     */
    void open(String uri);
}
