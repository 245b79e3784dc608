package org.trasloco.keepsake.book;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.keepsake.MediaSource;

/**
 * Photos for the book: read from the exports through the caller's {@link MediaSource}, decoded,
 * made no larger than a printed photo needs (1600 pixels on the long side, about 270 dpi across a
 * page) and embedded as JPEG (PNG kept lossless when it has transparency). A file that is too
 * large, damaged, or not a picture the JDK reads is printed as its name instead.
 */
final class Photos {

    private static final System.Logger LOG = System.getLogger(Photos.class.getName());
    /** Larger files are not read into memory: a photo from a phone is a few megabytes. */
    private static final int MAX_FILE = 40 * 1024 * 1024;
    private static final int MAX_SIDE = 1600;

    private final PDDocument document;
    private final MediaSource source;
    private int printed;

    Photos(PDDocument document, MediaSource source) {
        this.document = document;
        this.source = source;
    }

    Optional<PDImageXObject> load(ConversationSummary conversation, Attachment attachment) {
        if (!attachment.present()) {
            return Optional.empty();
        }
        try {
            Optional<InputStream> opened = source.open(conversation, attachment);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = opened.get()) {
                bytes = in.readNBytes(MAX_FILE + 1);
            }
            if (bytes.length > MAX_FILE) {
                return Optional.empty();
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return Optional.empty();
            }
            BufferedImage scaled = scaled(image);
            PDImageXObject embedded = scaled.getColorModel().hasAlpha() ? LosslessFactory.createFromImage(document, scaled)
                    : JPEGFactory.createFromImage(document, scaled, 0.85f);
            printed++;
            return Optional.of(embedded);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a photo could not be printed; its name is printed instead", e);
            return Optional.empty();
        }
    }

    int printed() {
        return printed;
    }

    private static BufferedImage scaled(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        boolean alpha = image.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        double factor = longest > MAX_SIDE ? (double) MAX_SIDE / longest : 1;
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        if (factor == 1 && image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
