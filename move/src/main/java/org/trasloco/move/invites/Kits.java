package org.trasloco.move.invites;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.trasloco.core.files.WholeFile;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.invites.kit.InviteCard;
import org.trasloco.invites.kit.KitBook;
import org.trasloco.invites.kit.KitContent;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PdfPreview;
import org.trasloco.invites.share.Invitations;

/**
 * Prints a kit: the owner's address and QR code, which app to install, why (Chat Control) and how
 * (OMEMO), the first steps, and invite cards (naming the group chats their people will be in).
 */
public final class Kits {

    private Kits() {
    }

    /**
     * Writes the kit as a PDF.
     *
     * @param order the kit
     * @param out where to write; not closed
     * @return its pages, QR codes and links
     */
    public static KitResult write(KitOrder order, OutputStream out) {
        try (KitBook book = new KitBook(order.paper(), order.size())) {
            return book.add(content(order)).write(out);
        }
    }

    /**
     * Writes the kit into a file, whole or not at all, readable by its owner only.
     *
     * @param order the kit
     * @param file the file
     * @return its pages, QR codes and links
     */
    public static KitResult save(KitOrder order, Path file) {
        return WholeFile.write(file, out -> write(order, out));
    }

    /**
     * The kit's pages as pictures, to show before saving or printing.
     *
     * @param order the kit
     * @param dotsPerInch the resolution
     * @return one picture per page
     */
    public static List<BufferedImage> preview(KitOrder order, float dotsPerInch) {
        return PdfPreview.pages(pdf(order), dotsPerInch);
    }

    /**
     * The kit as a PDF in memory (to print it without writing it to disk).
     *
     * @param order the kit
     * @return the PDF
     */
    public static byte[] pdf(KitOrder order) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(order, pdf);
        return pdf.toByteArray();
    }

    /** What the kit holds: the owner's "add me" invitation on the cover, a card per person. */
    static KitContent content(KitOrder order) {
        List<InviteCard> cards = Invitations.forPeople(order.owner(), order.cards(), order.landing(), order.serverInvites()::get)
                .stream().map(message -> new InviteCard(message.invitee().name(), message.link(),
                        order.groups().getOrDefault(message.invitee(), List.of()))).toList();
        String server = order.owner().address().domain();
        AppsCatalogue apps = order.webChat() == null ? AppsCatalogue.bundled().forServer(server)
                : AppsCatalogue.bundled().withWebChat(server, order.webChat());
        return new KitContent(order.owner(), Invitations.addMe(order.owner(), null, order.landing()), null, apps, cards,
                order.language());
    }
}
