/**
 * WhatsApp "Export chat" files: Android and iOS, every locale, date order and clock, as a bare
 * {@code .txt}, a {@code .zip} with media, or a folder of loose files.
 *
 * <p>The algorithm follows the format notes ({@code shared/formats/whatsapp.md}, section 3): strict
 * decoding, one header syntax per file chosen by majority ({@link org.trasloco.importers.whatsapp.HeaderSyntax}),
 * the day/month order decided over the whole file ({@link org.trasloco.importers.whatsapp.DateOrderEvidence}),
 * records of one header line plus continuation lines, then the author/system split and the body
 * classification ({@link org.trasloco.importers.whatsapp.BodyParser}) with the localised markers of
 * {@code markers.json}. Everything streams: a file is read at most twice (only when its first
 * thousands of lines cannot decide the date order) and memory does not grow with its length.
 */
package org.trasloco.importers.whatsapp;
