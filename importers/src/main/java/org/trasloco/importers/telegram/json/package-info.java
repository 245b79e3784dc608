/**
 * The "Machine-readable JSON" format of Telegram Desktop ({@code result.json}), one chat or a whole
 * account, read in one streaming pass with jackson-core: invalid escapes repaired on the fly, the
 * three historical ways of writing ids unified, text entities flattened into text and spans, service
 * actions worded as the HTML export words them.
 */
package org.trasloco.importers.telegram.json;
