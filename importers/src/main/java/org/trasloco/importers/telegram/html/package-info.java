/**
 * The "Human-readable HTML" format of Telegram Desktop, one chat or a whole account, read with
 * jsoup page by page: joined messages take their author from the message before them, service lines
 * take an approximate time, links to media are resolved inside the export folder, and the standard
 * offset the pages print is checked against the zone the user confirmed.
 */
package org.trasloco.importers.telegram.html;
