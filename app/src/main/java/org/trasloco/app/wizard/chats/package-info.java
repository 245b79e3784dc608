/**
 * Step 1: bring your chats. Exports are dropped in (or chosen, or their path typed), imported one at a
 * time in the background with progress and cancel, each with its outcome; the day/month question is
 * asked only for a file whose dates cannot decide it.
 */
package org.trasloco.app.wizard.chats;
