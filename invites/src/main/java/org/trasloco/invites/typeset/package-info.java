/**
 * Typesetting for printed PDFs (PDFBox), shared by the printable kits and the keepsake book: the
 * embedded fonts ({@link org.trasloco.invites.typeset.Fonts}: Noto Sans with DejaVu Sans behind it,
 * characters no font has left out), styled text ({@link org.trasloco.invites.typeset.Span},
 * {@link org.trasloco.invites.typeset.TextStyle}), line breaking
 * ({@link org.trasloco.invites.typeset.TextLayout} into {@link org.trasloco.invites.typeset.TextLine}s),
 * the palette ({@link org.trasloco.invites.typeset.Rgb}) and drawing on a page
 * ({@link org.trasloco.invites.typeset.Canvas}). Text is set without glyph substitution so that it
 * stays extractable and searchable.
 */
package org.trasloco.invites.typeset;
