/**
 * Trasloco's core: what every other module shares.
 *
 * <p>The subpackages hold the canonical history and contact model ({@code history}), stable message
 * ids ({@code ids}), wall-clock time rules ({@code time}), the SQLite workspace ({@code workspace}),
 * progress and cancellation of long jobs ({@code progress}), localised texts ({@code i18n}) and the
 * single domain exception ({@code error}). Nothing here knows about user interfaces, XMPP or PDF.
 */
package org.trasloco.core;
