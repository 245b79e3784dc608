/**
 * Telegram Desktop exports: {@link org.trasloco.importers.telegram.TelegramReader} finds what the
 * user pointed at and hands it to the JSON or HTML reader ({@code json}, {@code html}); what both
 * formats share is in {@code chat}.
 */
package org.trasloco.importers.telegram;
