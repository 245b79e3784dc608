package org.trasloco.xmpp.providers;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person wants from a provider. A fact the data does not state never passes a filter that
 * asks for it ("free" only lists providers known to be free).
 *
 * @param inAppSignUp only providers where the account can be created from the app
 * @param noCaptcha only providers whose sign-up asks no CAPTCHA (known)
 * @param free only providers known to be free of charge
 * @param countries only providers with a server in one of these countries (ISO codes); empty: any
 * @param minArchiveDays only providers known to keep messages at least this many days; 0: any
 */
public record ProviderFilter(boolean inAppSignUp, boolean noCaptcha, boolean free, Set<String> countries,
        int minArchiveDays) {

    /**
     * Normalises the countries.
     *
     * @param inAppSignUp in-app sign-up wanted
     * @param noCaptcha no CAPTCHA wanted
     * @param free free wanted
     * @param countries server countries
     * @param minArchiveDays minimum archive retention
     */
    public ProviderFilter {
        countries = countries.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (minArchiveDays < 0) {
            throw new IllegalArgumentException("minArchiveDays must not be negative");
        }
    }

    /** No filter. */
    public static ProviderFilter any() {
        return new ProviderFilter(false, false, false, Set.of(), 0);
    }

    /**
     * Whether a provider passes.
     *
     * @param provider the provider
     * @return {@code true} when it has every wanted fact
     */
    public boolean matches(Provider provider) {
        if (inAppSignUp && !provider.signsUpInApp()) {
            return false;
        }
        if (noCaptcha && !Boolean.FALSE.equals(provider.captcha())) {
            return false;
        }
        if (free && !Boolean.TRUE.equals(provider.free())) {
            return false;
        }
        if (!countries.isEmpty() && provider.serverLocations().stream().noneMatch(countries::contains)) {
            return false;
        }
        return minArchiveDays == 0 || provider.archive().atLeast(minArchiveDays);
    }
}
