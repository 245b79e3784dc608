/**
 * Localised texts without a user interface: typed message keys, texts with arguments that are
 * formatted only when a locale is known, and strict bundle loading.
 *
 * <p>English is the base bundle ({@code messages.properties}), Italian is always complete
 * ({@code messages_it.properties}); a test in every module fails when a key is missing or unused.
 */
package org.trasloco.core.i18n;
