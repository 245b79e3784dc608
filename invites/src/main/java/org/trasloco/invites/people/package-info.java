/**
 * Who invites whom: the {@link org.trasloco.invites.people.Inviter} (the person moving, with their
 * new address) and each {@link org.trasloco.invites.people.Invitee} (a person to invite, with the
 * phone number and Telegram name they can still be reached at, and their language).
 * {@link org.trasloco.invites.people.Invitees} takes them from the workspace's contacts marked
 * "invite" or from a small CSV file.
 */
package org.trasloco.invites.people;
