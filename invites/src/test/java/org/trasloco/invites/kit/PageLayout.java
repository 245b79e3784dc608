package org.trasloco.invites.kit;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a written page draws and where, read back from its content streams with PDFBox, in drawing
 * order: runs of text (glyphs on one baseline, side by side), filled shapes and placed forms (the
 * QR codes). The kit's layout tests compare these boxes; nothing here trusts the writer's own
 * arithmetic.
 */
final class PageLayout {

    /** Glyph boxes reach this far below the baseline and above it, as fractions of the size. */
    private static final float DESCENT = 0.2f;
    private static final float ASCENT = 0.72f;

    /** A run of text: its box, its text, its place in the drawing order. */
    record Run(Rectangle2D box, String text, int order) {
    }

    /** A filled shape's bounding box, or a form's, with its place in the drawing order. */
    record Shape(Rectangle2D box, int order) {
    }

    private final List<Run> runs = new ArrayList<>();
    private final List<Shape> fills = new ArrayList<>();
    private final List<Shape> forms = new ArrayList<>();

    private PageLayout() {
    }

    /** Reads one page. */
    static PageLayout of(PDPage page) {
        PageLayout layout = new PageLayout();
        try {
            layout.new Reader(page).processPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layout;
    }

    List<Run> runs() {
        return runs;
    }

    List<Shape> fills() {
        return fills;
    }

    List<Shape> forms() {
        return forms;
    }

    /** The reader: glyphs become runs, paths become boxes when filled, forms are not entered. */
    private final class Reader extends PDFGraphicsStreamEngine {

        private Rectangle2D path;
        private Point2D current = new Point2D.Float();
        private int order;
        private Rectangle2D run;
        private StringBuilder runText;
        private float runBaseline;
        private float runSize;

        Reader(PDPage page) {
            super(page);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            super.processPage(page);
            endRun();
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            String text = font.toUnicode(code);
            float size = trm.getScalingFactorY();
            float x = trm.getTranslateX();
            float baseline = trm.getTranslateY();
            float width = displacement.getX() * trm.getScalingFactorX();
            if (text == null || text.isBlank()) {
                return;
            }
            boolean continues = run != null && Math.abs(baseline - runBaseline) < 0.2f && Math.abs(size - runSize) < 0.2f
                    && x >= run.getMaxX() - 0.5f && x <= run.getMaxX() + size * 0.7f;
            if (!continues) {
                endRun();
                run = new Rectangle2D.Float(x, baseline - DESCENT * size, 0, (DESCENT + ASCENT) * size);
                runText = new StringBuilder();
                runBaseline = baseline;
                runSize = size;
            } else if (x > run.getMaxX() + size * 0.1f) {
                runText.append(' ');
            }
            run.add(new Point2D.Float(x + width, baseline + ASCENT * size));
            runText.append(text);
        }

        private void endRun() {
            if (run != null) {
                runs.add(new Run(run, runText.toString(), order++));
                run = null;
            }
        }

        @Override
        public void showForm(PDFormXObject form) {
            endRun();
            Matrix m = getGraphicsState().getCurrentTransformationMatrix().clone();
            m.concatenate(form.getMatrix());
            Rectangle2D bbox = form.getBBox().toGeneralPath().getBounds2D();
            Point2D a = m.transformPoint((float) bbox.getMinX(), (float) bbox.getMinY());
            Point2D b = m.transformPoint((float) bbox.getMaxX(), (float) bbox.getMaxY());
            Rectangle2D box = new Rectangle2D.Double(a.getX(), a.getY(), 0, 0);
            box.add(b);
            forms.add(new Shape(box, order++));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
                extend(p);
            }
        }

        @Override
        public void moveTo(float x, float y) {
            extend(current(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            extend(current(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            extend(current(x3, y3));
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            // The box already holds every point of the path.
        }

        @Override
        public void endPath() {
            path = null;
        }

        @Override
        public void strokePath() {
            path = null;
        }

        @Override
        public void fillPath(int windingRule) {
            endRun();
            if (path != null) {
                fills.add(new Shape(path, order++));
            }
            path = null;
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void drawImage(PDImage image) {
            throw new AssertionError("the kit draws no images");
        }

        @Override
        public void clip(int windingRule) {
            // The kit does not clip.
        }

        @Override
        public void shadingFill(COSName shadingName) {
            throw new AssertionError("the kit uses no shadings");
        }

        private Point2D current(float x, float y) {
            current = new Point2D.Float(x, y);
            return current;
        }

        private void extend(Point2D point) {
            if (path == null) {
                path = new Rectangle2D.Double(point.getX(), point.getY(), 0, 0);
            } else {
                path.add(point);
            }
        }
    }
}
