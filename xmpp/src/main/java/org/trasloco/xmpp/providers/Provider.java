package org.trasloco.xmpp.providers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One XMPP service and the facts a person chooses it by. Facts the data does not state are
 * {@code null} (for yes/no facts) or {@link Retention#UNKNOWN}; a user interface shows them as
 * "unknown", never as "no".
 *
 * @param domain the service's domain (the part after {@code @} in addresses)
 * @param origin where this entry comes from
 * @param category the XMPP Providers category
 * @param inAppSignUp whether accounts can be created from an app (in-band registration)
 * @param captcha whether that sign-up asks for a CAPTCHA
 * @param emailRequired whether that sign-up asks for an e-mail address
 * @param free whether the service is free of charge
 * @param signUpPages web pages to sign up on, by language code
 * @param websites the service's web site, by language code
 * @param legalNotices terms and privacy pages, by language code
 * @param serverLocations countries of the servers, ISO 3166 codes in upper case
 * @param archive how long messages stay in the archive (XEP-0313)
 * @param uploads how long shared files are kept
 * @param organization who runs it ("private person", "company", "non-governmental", …), or {@code null}
 * @param since since when the service runs, or {@code null}
 * @param latestChange when the entry was last checked, or {@code null}
 * @param alternativeDomains other domains of the same service
 */
public record Provider(String domain, Origin origin, Category category, Boolean inAppSignUp, Boolean captcha,
        Boolean emailRequired, Boolean free, Map<String, String> signUpPages, Map<String, String> websites,
        Map<String, String> legalNotices, List<String> serverLocations, Retention archive, Retention uploads,
        String organization, LocalDate since, LocalDate latestChange, List<String> alternativeDomains) {

    /**
     * Checks and copies the values.
     *
     * @param domain the domain
     * @param origin the origin
     * @param category the category
     * @param inAppSignUp in-app sign-up, or {@code null}
     * @param captcha CAPTCHA, or {@code null}
     * @param emailRequired e-mail required, or {@code null}
     * @param free free of charge, or {@code null}
     * @param signUpPages sign-up pages
     * @param websites web sites
     * @param legalNotices legal notices
     * @param serverLocations server countries
     * @param archive message retention
     * @param uploads file retention
     * @param organization who runs it, or {@code null}
     * @param since start date, or {@code null}
     * @param latestChange last check, or {@code null}
     * @param alternativeDomains other domains
     */
    public Provider {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(uploads, "uploads");
        signUpPages = Map.copyOf(signUpPages);
        websites = Map.copyOf(websites);
        legalNotices = Map.copyOf(legalNotices);
        serverLocations = List.copyOf(serverLocations);
        alternativeDomains = List.copyOf(alternativeDomains);
    }

    /**
     * A server known only by its domain (added by the user).
     *
     * @param domain the domain
     * @return the entry, all facts unknown
     */
    public static Provider custom(String domain) {
        return new Provider(domain, Origin.CUSTOM, Category.UNRATED, null, null, null, null, Map.of(), Map.of(), Map.of(),
                List.of(), Retention.UNKNOWN, Retention.UNKNOWN, null, null, null, List.of());
    }

    /** Whether accounts are known to be created from an app. */
    public boolean signsUpInApp() {
        return Boolean.TRUE.equals(inAppSignUp);
    }

    /**
     * The sign-up page in the reader's language (else English, else any).
     *
     * @param locale the reader's language
     * @return the page, if the data has one
     */
    public Optional<String> signUpPage(Locale locale) {
        return pick(signUpPages, locale);
    }

    /**
     * The web site in the reader's language (else English, else any).
     *
     * @param locale the reader's language
     * @return the site, if the data has one
     */
    public Optional<String> website(Locale locale) {
        return pick(websites, locale);
    }

    /**
     * The terms or privacy page in the reader's language (else English, else any).
     *
     * @param locale the reader's language
     * @return the page, if the data has one
     */
    public Optional<String> legalNotice(Locale locale) {
        return pick(legalNotices, locale);
    }

    private static Optional<String> pick(Map<String, String> byLanguage, Locale locale) {
        String own = byLanguage.get(locale.getLanguage());
        if (own != null) {
            return Optional.of(own);
        }
        String english = byLanguage.get("en");
        if (english != null) {
            return Optional.of(english);
        }
        return byLanguage.keySet().stream().sorted().findFirst().map(byLanguage::get);
    }
}
