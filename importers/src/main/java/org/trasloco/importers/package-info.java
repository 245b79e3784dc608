/**
 * Readers for chat exports and phone books, behind one contract.
 *
 * <p>Every export format has an {@link org.trasloco.importers.ExportReader}: a cheap, conservative
 * {@code recognizes} and a streaming {@code read} into a
 * {@link org.trasloco.core.history.HistorySink}. {@link org.trasloco.importers.detect.ExportDetector} tries
 * each reader on what the user dropped in. Formats live in their own packages ({@code whatsapp},
 * {@code telegram}, later {@code contacts}); {@code io} has the safe building blocks they share
 * (bounded line reading, strict text decoding, zip files read without trusting them).
 */
package org.trasloco.importers;
