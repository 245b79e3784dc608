/**
 * Step 3: the people. Everyone in the chats, merged across chats and matched with the phone book,
 * as one list; the user says which one is them, and for each person whether to invite them, use the
 * XMPP address they already have, or skip them. Phone books and spreadsheets come in and go out here.
 */
package org.trasloco.app.wizard.people;
