/**
 * The printable kit (PDFBox): a cover with the owner's address and QR code, which app to install
 * (with store QR codes), "Why: Chat Control", "How your messages are protected", first steps, the
 * sources, and invite cards several per page; also the workshop facilitator sheet.
 *
 * <p>{@link org.trasloco.invites.kit.KitBook} composes one PDF from one or more kits;
 * {@link org.trasloco.invites.kit.KitContent} says what a kit holds. Paper is A4 or Letter
 * ({@link org.trasloco.invites.kit.PaperFormat}), print normal or large
 * ({@link org.trasloco.invites.kit.PrintSize}, body text 16 pt and more). Fonts are embedded
 * (Noto Sans, DejaVu Sans for what Noto lacks); characters no font has are left out. Every QR code is
 * vector art and every link is also printed as text, so the PDF can be read back and checked.
 */
package org.trasloco.invites.kit;
