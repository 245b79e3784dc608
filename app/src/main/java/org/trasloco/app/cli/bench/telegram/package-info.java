/**
 * Benchmarks of the Telegram readers: a hidden command that writes synthetic Telegram Desktop
 * exports of any size (a full-account JSON, a many-page HTML chat) for {@code bench/telegram.sh}.
 */
package org.trasloco.app.cli.bench.telegram;
