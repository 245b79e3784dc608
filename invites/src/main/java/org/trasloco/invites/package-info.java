/**
 * Inviting people to XMPP and printing the kit that goes with it.
 *
 * <p>Packages by feature: {@code links} builds and parses {@code xmpp:} URIs (RFC 5122, XEP-0147,
 * XEP-0379, XEP-0401) and the https landing links that QR codes carry; {@code qr} makes QR codes;
 * {@code people} holds who invites whom; {@code share} writes the per-person share texts and the
 * WhatsApp and Telegram share links; {@code apps} is the bundled catalogue of recommended apps;
 * {@code explainers} is the structure of the plain-language explainers and their sources;
 * {@code kit} lays out the printable PDF kit; {@code workshop} turns a participants list into kits
 * and a facilitator sheet; {@code csv} reads the small CSV files these take.
 *
 * <p>This module knows nothing of XMPP connections or user interfaces: invite tokens made by a
 * server arrive here as plain strings.
 */
package org.trasloco.invites;
