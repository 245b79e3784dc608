/**
 * Generated WhatsApp exports of any size, realistic in shape (names, multi-line messages, media
 * markers, system lines, deleted and edited messages), for benchmarks and large-file tests. Nothing
 * here is used when reading real exports.
 */
package org.trasloco.importers.whatsapp.synthetic;
