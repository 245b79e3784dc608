package org.trasloco.core.i18n;

/**
 * A key into one module's resource bundle. Modules declare their keys as an enum implementing this
 * interface, so that a test can check every declared key against every bundle and the reverse.
 */
public interface MessageKey {

    /** The bundle's base name, e.g. {@code org.trasloco.core.messages}. */
    String bundle();

    /** The key inside the bundle, dotted and feature-prefixed, e.g. {@code workspace.locked}. */
    String key();
}
