package org.trasloco.xmpp.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a test ejabberd is set up: Debian's configuration of ejabberd 23.01 (its shaper, its
 * registration limit per address), made to listen on loopback only, with in-band registration
 * open and mod_mam archiving everything. Immutable; the {@code with…} methods return changed copies.
 *
 * @param registrationOpen whether anyone may create an account from an app (mod_register)
 * @param registrationTimeout ejabberd's {@code registration_timeout} (how long one address must wait
 *     between two sign-ups), or {@code null} for none; Debian's default is 600 seconds
 * @param captcha whether sign-up asks for a CAPTCHA (a test program draws it and notes the answer)
 * @param shaper the traffic shaper of client connections
 * @param storage where mod_mam keeps the archive
 * @param archiveImport whether Trasloco's {@code mod_archive_import} (server/ejabberd/) is loaded
 * @param moduleOptions {@code key: value} lines for {@code mod_archive_import}
 * @param directTls whether a direct TLS port (XEP-0368) is opened besides the STARTTLS one
 * @param globalLines YAML lines added at the top level
 */
public record EjabberdConfig(boolean registrationOpen, Duration registrationTimeout, boolean captcha, Shaper shaper,
        Storage storage, boolean archiveImport, List<String> moduleOptions, boolean directTls, List<String> globalLines) {

    /** The traffic shaper of client connections ({@code c2s_shaper}). */
    public enum Shaper {
        /** Debian's: 3,000 bytes per second per connection after a burst of 20,000. */
        DEBIAN,
        /** None: as fast as the server goes. */
        NONE
    }

    /** Where mod_mam keeps the archive. */
    public enum Storage {
        /** Mnesia, ejabberd's built-in database (Debian's default). */
        MNESIA,
        /** SQLite through {@code erlang-p1-sqlite3} (ejabberd's recommendation for archives). */
        SQL
    }

    /**
     * Copies the lists.
     *
     * @param registrationOpen open sign-up
     * @param registrationTimeout the wait between sign-ups from one address, or {@code null}
     * @param captcha whether sign-up asks for a CAPTCHA
     * @param shaper the client shaper
     * @param storage the archive's storage
     * @param archiveImport whether the module is loaded
     * @param moduleOptions the module's options
     * @param directTls whether to open a direct TLS port
     * @param globalLines YAML lines for the top level
     */
    public EjabberdConfig {
        Objects.requireNonNull(shaper, "shaper");
        Objects.requireNonNull(storage, "storage");
        moduleOptions = List.copyOf(moduleOptions);
        globalLines = List.copyOf(globalLines);
    }

    /**
     * Debian's settings: open sign-up limited to one every 600 seconds per address, the 3,000
     * bytes per second shaper, mnesia storage, no import module; STARTTLS and direct TLS ports.
     */
    public static EjabberdConfig defaults() {
        return new EjabberdConfig(true, Duration.ofSeconds(600), false, Shaper.DEBIAN, Storage.MNESIA, false, List.of(),
                true, List.of());
    }

    /**
     * @param open whether anyone may sign up from an app
     * @return a changed copy
     */
    public EjabberdConfig withRegistrationOpen(boolean open) {
        return new EjabberdConfig(open, registrationTimeout, captcha, shaper, storage, archiveImport, moduleOptions,
                directTls, globalLines);
    }

    /**
     * @param timeout the wait between two sign-ups from one address, or {@code null} for none
     * @return a changed copy
     */
    public EjabberdConfig withRegistrationTimeout(Duration timeout) {
        return new EjabberdConfig(registrationOpen, timeout, captcha, shaper, storage, archiveImport, moduleOptions,
                directTls, globalLines);
    }

    /**
     * @param value whether sign-up asks for a CAPTCHA
     * @return a changed copy
     */
    public EjabberdConfig withCaptcha(boolean value) {
        return new EjabberdConfig(registrationOpen, registrationTimeout, value, shaper, storage, archiveImport,
                moduleOptions, directTls, globalLines);
    }

    /**
     * @param value the client shaper
     * @return a changed copy
     */
    public EjabberdConfig withShaper(Shaper value) {
        return new EjabberdConfig(registrationOpen, registrationTimeout, captcha, value, storage, archiveImport,
                moduleOptions, directTls, globalLines);
    }

    /**
     * @param value where the archive is kept
     * @return a changed copy
     */
    public EjabberdConfig withStorage(Storage value) {
        return new EjabberdConfig(registrationOpen, registrationTimeout, captcha, shaper, value, archiveImport,
                moduleOptions, directTls, globalLines);
    }

    /**
     * Loads Trasloco's module, built from {@code server/ejabberd/}.
     *
     * @param options its options as {@code key: value} lines, e.g. {@code rate: 0}
     * @return a changed copy
     */
    public EjabberdConfig withArchiveImport(String... options) {
        List<String> all = new ArrayList<>(moduleOptions);
        all.addAll(List.of(options));
        return new EjabberdConfig(registrationOpen, registrationTimeout, captcha, shaper, storage, true, all, directTls,
                globalLines);
    }

    /**
     * @param value whether to open a direct TLS port
     * @return a changed copy
     */
    public EjabberdConfig withDirectTls(boolean value) {
        return new EjabberdConfig(registrationOpen, registrationTimeout, captcha, shaper, storage, archiveImport,
                moduleOptions, value, globalLines);
    }

    /**
     * @param line a YAML line for the top level, e.g. {@code new_sql_schema: true}
     * @return a changed copy
     */
    public EjabberdConfig withGlobal(String line) {
        List<String> all = new ArrayList<>(globalLines);
        all.add(Objects.requireNonNull(line));
        return new EjabberdConfig(registrationOpen, registrationTimeout, captcha, shaper, storage, archiveImport,
                moduleOptions, directTls, all);
    }
}
