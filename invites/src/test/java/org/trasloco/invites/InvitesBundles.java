package org.trasloco.invites;

import java.util.List;
import java.util.Locale;
import org.trasloco.core.i18n.MessageKey;
import org.trasloco.core.testing.BundleAssertions;

/**
 * The bundle checks of this module, which is translated into every language of
 * {@link Languages#SUPPORTED}: complete and clean, and no sentence left in English, as everywhere.
 */
public final class InvitesBundles {

    private InvitesBundles() {
    }

    /** The bundle languages as {@link BundleAssertions} names them: {@code ""} for the English base. */
    public static List<String> languages() {
        return Languages.SUPPORTED.stream().map(l -> l.equals(Locale.ENGLISH) ? "" : l.getLanguage()).toList();
    }

    /**
     * Asserts that the bundle of {@code keys} is complete and clean in every supported language and
     * that no sentence of it is still the English one.
     *
     * @param keys the enum declaring the keys
     */
    public static void assertComplete(Class<? extends MessageKey> keys) {
        BundleAssertions.assertComplete(keys, languages());
    }
}
