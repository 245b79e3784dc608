/**
 * QR codes for print: {@link org.trasloco.invites.qr.QrEncoder} turns a link into a
 * {@link org.trasloco.invites.qr.QrCode} (a grid of modules, error correction level Q, four modules
 * of quiet zone), which the kit draws as vector squares and {@link org.trasloco.invites.qr.QrPng}
 * writes as a PNG.
 */
package org.trasloco.invites.qr;
