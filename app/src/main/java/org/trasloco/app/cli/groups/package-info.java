/** The groups on the command line: {@code trasloco groups}, and the groups part of {@code trasloco upload}. */
package org.trasloco.app.cli.groups;
