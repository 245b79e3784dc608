package org.trasloco.keepsake.book;

import java.nio.file.Path;

/**
 * What the book holds.
 *
 * @param output the PDF
 * @param pages how many pages
 * @param conversations how many conversations
 * @param chapters how many chapters (one per month of each conversation)
 * @param messages how many messages
 * @param photos how many photos are printed
 */
public record BookResult(Path output, int pages, int conversations, int chapters, long messages, int photos) {
}
