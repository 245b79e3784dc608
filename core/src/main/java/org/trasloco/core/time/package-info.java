/**
 * Time rules: the day/month order of exports whose dates are ambiguous, and turning wall-clock times
 * (which WhatsApp writes without a zone) into instants in the zone the user confirmed.
 */
package org.trasloco.core.time;
