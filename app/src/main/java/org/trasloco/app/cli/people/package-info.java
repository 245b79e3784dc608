/**
 * {@code trasloco people}: everyone in the history as one list of people, phone books, the user's
 * own identity, a decision per person (known XMPP address, invite, skip), and the list through a
 * spreadsheet and back. The work is done by {@code importers.contacts}; this package reads the
 * command line and prints.
 */
package org.trasloco.app.cli.people;
