/** Step "Invite & print": each person's invitation in their language, sent or shown as a code; the kit. */
package org.trasloco.app.wizard.invite;
