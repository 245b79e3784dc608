/**
 * Commands that invite people and print: {@code kit} (the printable kit for one person),
 * {@code invites} (each person's link, share text and WhatsApp / Telegram links) and
 * {@code workshop} (a kit per participant and a facilitator sheet from a CSV list).
 */
package org.trasloco.app.cli.invites;
