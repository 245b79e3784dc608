/**
 * Safe input building blocks shared by the readers: strict text decoding with byte-order-mark
 * detection, line reading with a length limit and exact line numbers, byte counting for progress,
 * and zip archives opened without trusting their names or sizes.
 */
package org.trasloco.importers.io;
