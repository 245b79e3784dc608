/** Step 2: what was found, conversation by conversation, and which conversations move. */
package org.trasloco.app.wizard.review;
