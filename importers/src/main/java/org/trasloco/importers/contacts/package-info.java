/**
 * People: everyone in the history becomes one contact, mapped to an XMPP address, an invite or
 * nothing.
 *
 * <p>{@link org.trasloco.importers.contacts.People} is the entry point: it reads phone books
 * ({@link org.trasloco.importers.contacts.VCardPhoneBook}), merges the participants of every
 * conversation into people ({@link org.trasloco.importers.contacts.PersonMerger}), keeps the stored
 * contacts and the user's decisions stable from one run to the next
 * ({@link org.trasloco.importers.contacts.ContactReconciler}), finds the user
 * ({@link org.trasloco.importers.contacts.MeDetector}) and exchanges the mapping with spreadsheets
 * ({@link org.trasloco.importers.contacts.MappingCsv}).
 *
 * <p>This package lives in {@code importers}, not in {@code core}, because merging needs
 * libphonenumber (DESIGN §2 allows it here and keeps core free of it) and the phone books are foreign
 * files like the chat exports. The core workspace only stores: what to store is decided here, except
 * for the privacy gate ({@link org.trasloco.core.contacts.PhoneBookGate}), which core applies to every
 * phone book before anything reaches the file.
 */
package org.trasloco.importers.contacts;
