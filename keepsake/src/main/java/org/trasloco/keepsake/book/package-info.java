/**
 * The printed keepsake: a PDF book of the history set with the printable kits' embedded fonts
 * ({@link org.trasloco.invites.typeset}), entered through
 * {@link org.trasloco.keepsake.book.KeepsakeBook#write}.
 */
package org.trasloco.keepsake.book;
