/** {@code trasloco bench people}: a generated phone book mapped onto a generated history. */
package org.trasloco.bench.people;
