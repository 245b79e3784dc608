/**
 * {@code trasloco bench}: the measurements behind {@code docs/benchmarks.md} — generated exports of any
 * size and in-process throughput of imports, repeatable on any machine.
 */
package org.trasloco.bench;
