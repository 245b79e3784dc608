/**
 * Benchmarks of the Telegram readers: {@code trasloco bench generate-telegram-json} and
 * {@code generate-telegram-html} write synthetic Telegram Desktop exports of any size (a full-account
 * JSON, a many-page HTML chat) for {@code bench/telegram.sh}.
 */
package org.trasloco.bench.telegram;
