/**
 * People: contacts merged across conversations, the user's decision for each, and the phone-book
 * entries (vCard files, Telegram's contact list) used to recognise them.
 */
package org.trasloco.core.contacts;
