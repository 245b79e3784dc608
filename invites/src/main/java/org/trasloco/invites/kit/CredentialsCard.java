package org.trasloco.invites.kit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.invites.links.XmppUri;

/**
 * A printed card with a person's new chat address and its password, in large print: what they
 * need to log in on a new phone or computer, the address as a QR code, the server's web page as
 * another when it is known, and a plain sentence on what the card is for and why to keep it private.
 *
 * <p>The card is made in memory only: {@link #pages(float)} renders it to pictures for a printer,
 * and nothing of it (least of all the password) is written to disk. {@link #close()} overwrites
 * the password held here; {@link #toString()} never shows it.
 *
 * <pre>{@code
 * try (CredentialsCard card = new CredentialsCard("anna@example.org", password, null, Locale.ITALIAN, PaperFormat.A4)) {
 *     printer.print(card.pages(200));
 * }
 * }</pre>
 */
public final class CredentialsCard implements AutoCloseable {

    private final XmppAddress address;
    private final char[] password;
    private final String serverPage;
    private final Locale language;
    private final PaperFormat paper;
    private boolean closed;

    /**
     * A card.
     *
     * @param address the account, {@code name@server}
     * @param password its password (copied; the caller wipes its own copy)
     * @param serverPage the server's web page (who runs it, password help), or {@code null} when unknown
     * @param language the card's language
     * @param paper A4 or Letter
     * @throws org.trasloco.core.error.TraslocoException {@code BAD_INPUT} when the address is not
     *     an account address
     * @throws IllegalArgumentException when the password is empty
     */
    public CredentialsCard(String address, CharSequence password, String serverPage, Locale language, PaperFormat paper) {
        XmppAddress jid = XmppAddress.parse(Objects.requireNonNull(address, "address")).bare();
        if (jid.isServer()) {
            throw new IllegalArgumentException("an account address has a name before @: " + address);
        }
        Objects.requireNonNull(password, "password");
        if (password.length() == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
        this.address = jid;
        this.password = new char[password.length()];
        for (int i = 0; i < password.length(); i++) {
            this.password[i] = password.charAt(i);
        }
        this.serverPage = serverPage == null || serverPage.isBlank() ? null : serverPage.strip();
        this.language = Objects.requireNonNull(language, "language");
        this.paper = Objects.requireNonNull(paper, "paper");
    }

    /** The account on the card. */
    public String address() {
        return address.toString();
    }

    /** The {@code xmpp:} link the address QR code carries. */
    public String addressLink() {
        return XmppUri.of(address).toString();
    }

    /**
     * Writes the card as a PDF (fonts embedded, text extractable).
     *
     * @param out where to write, e.g. memory; not closed
     * @return its pages, QR codes and printed links
     */
    public KitResult write(OutputStream out) {
        requireOpen();
        try (Composer composer = new Composer(paper, PrintSize.LARGE)) {
            composer.language(language);
            composer.document.getDocumentInformation().setTitle(composer.text(KitText.CREDENTIALS_TITLE));
            composer.document.getDocumentInformation().setCreator("Trasloco");
            composer.document.getDocumentCatalog().setLanguage(language.toLanguageTag());
            CredentialsPage.draw(composer, address, new String(password), serverPage);
            composer.footers(0, composer.text(KitText.CREDENTIALS_FOOTER));
            composer.document.save(out);
            return new KitResult(composer.pageCount(), composer.qrCodes(), composer.links());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The card's pages as pictures, for a printer: written and rendered in memory.
     *
     * @param dotsPerInch the resolution, e.g. 200 for print
     * @return one picture per page
     */
    public List<BufferedImage> pages(float dotsPerInch) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf);
        byte[] bytes = pdf.toByteArray();
        try {
            return PdfPreview.pages(bytes, dotsPerInch);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Overwrites the password held by the card; the card cannot be written afterwards. */
    @Override
    public void close() {
        Arrays.fill(password, '\0');
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the card was closed");
        }
    }

    /** The address only, never the password. */
    @Override
    public String toString() {
        return "CredentialsCard[" + address + "]";
    }
}
