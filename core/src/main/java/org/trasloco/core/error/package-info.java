/**
 * The one domain exception of Trasloco. Library failures are wrapped into it at the module
 * boundary; it carries a localised, user-readable message.
 */
package org.trasloco.core.error;
