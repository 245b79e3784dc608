/** {@code trasloco bench wizard-tables}: frame times while the wizard's big tables scroll. */
package org.trasloco.bench.wizard;
