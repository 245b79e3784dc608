/**
 * The web keepsake: a folder of static pages that opens in any browser with no network, entered
 * through {@link org.trasloco.keepsake.html.HtmlKeepsake#write}. Text from the exports is always
 * escaped; scripts add larger text and an offline search over a prebuilt index, and everything but
 * the search works without them.
 */
package org.trasloco.keepsake.html;
