package org.trasloco.keepsake.html;

import java.nio.file.Path;

/**
 * What the web keepsake holds.
 *
 * @param index the first page to open ({@code index.html} in the folder)
 * @param conversations how many conversations it holds
 * @param messages how many messages, of every kind
 * @param pages how many pages of messages were written
 * @param filesCopied how many files of the exports were copied in
 * @param filesMissing how many attachments are shown as not included (not in the export, or not given)
 */
public record HtmlKeepsakeResult(Path index, int conversations, long messages, int pages, long filesCopied,
        long filesMissing) {
}
