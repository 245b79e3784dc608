package org.trasloco.xmpp;

import org.trasloco.core.i18n.MessageKey;

/** The keys of the xmpp module's bundle ({@code org/trasloco/xmpp/messages*.properties}). */
public enum XmppMessages implements MessageKey {
    /** {0} the text given: not a SHA-256 fingerprint. */
    PIN_INVALID("pin.invalid"),
    /** {0} the text given: not a server name. */
    ADDRESS_INVALID_DOMAIN("address.invalidDomain"),
    /** {0} the text given: not an XMPP address. */
    ADDRESS_INVALID_JID("address.invalidJid"),

    /** {0} host: DNS does not know it. */
    CONNECTION_DNS("connection.dns"),
    /** {0} host, {1} port: nobody listens. */
    CONNECTION_REFUSED("connection.refused"),
    /** {0} host, {1} port: no answer in time. */
    CONNECTION_TIMEOUT("connection.timeout"),
    /** {0} host, {1} port: closed before the stream was ready. */
    CONNECTION_CLOSED("connection.closed"),
    /** {0} domain: no TLS offered. */
    CONNECTION_NO_TLS("connection.noTls"),
    /** {0} domain, {1} fingerprint presented: not trusted by the system. */
    CONNECTION_UNTRUSTED("connection.untrusted"),
    /** {0} domain, {1} pinned fingerprint, {2} presented fingerprint. */
    CONNECTION_PIN_MISMATCH("connection.pinMismatch"),
    /** {0} domain, {1} fingerprint presented: the certificate names another server. */
    CONNECTION_HOSTNAME_MISMATCH("connection.hostnameMismatch"),
    /** {0} domain, {1} host: the server there does not serve the domain. */
    CONNECTION_HOST_UNKNOWN("connection.hostUnknown"),
    /** {0} domain, {1} technical detail. */
    CONNECTION_FAILED("connection.failed"),
    /** {0} domain, {1} step (a nested text): the connection was lost. */
    SESSION_LOST("session.lost"),
    /** {0} domain, {1} step (a nested text): no answer in time. */
    SESSION_TIMEOUT("session.timeout"),

    /** Step name. */
    STEP_LOGIN("step.login"),
    /** Step name. */
    STEP_READING_FORM("step.readingForm"),
    /** Step name. */
    STEP_REGISTERING("step.registering"),
    /** Step name. */
    STEP_INVITE("step.invite"),
    /** Step name. */
    STEP_CAPTCHA_IMAGE("step.captchaImage"),
    /** Step name. */
    STEP_ROSTER("step.roster"),
    /** Step name. */
    STEP_CREATING_INVITE("step.creatingInvite"),

    /** {0} address: wrong address or password. */
    LOGIN_WRONG("login.wrong"),
    /** {0} address: the account is disabled. */
    LOGIN_DISABLED("login.disabled"),
    /** {0} address: the password expired. */
    LOGIN_EXPIRED("login.expired"),
    /** {0} address: a temporary failure. */
    LOGIN_TEMPORARY("login.temporary"),
    /** {0} address, {1} the server's text. */
    LOGIN_FAILED("login.failed"),
    /** {0} domain: no usable mechanism. */
    LOGIN_NO_MECHANISM("login.noMechanism"),

    /** Label of a well-known field. */
    FIELD_USERNAME("field.username"),
    /** Label of a well-known field. */
    FIELD_PASSWORD("field.password"),
    /** Label of a well-known field. */
    FIELD_EMAIL("field.email"),
    /** Label of a well-known field. */
    FIELD_NICK("field.nick"),
    /** Label of a well-known field. */
    FIELD_NAME("field.name"),
    /** Label of a well-known field. */
    FIELD_FIRST("field.first"),
    /** Label of a well-known field. */
    FIELD_LAST("field.last"),
    /** Label of a well-known field. */
    FIELD_PHONE("field.phone"),
    /** Label of a CAPTCHA field: the characters in the picture. */
    FIELD_OCR("field.ocr"),
    /** Label of a CAPTCHA field: a question. */
    FIELD_QA("field.qa"),
    /** Label of a CAPTCHA field: what the picture shows. */
    FIELD_PICTURE("field.picture"),
    /** Label of a CAPTCHA field: what the recording says. */
    FIELD_AUDIO("field.audio"),

    /** {0} the link as given: not an invitation. */
    INVITE_UNREADABLE("invite.unreadable"),
    /** {0} domain: the token is invalid, used or expired. */
    INVITE_INVALID("invite.invalid"),
    /** {0} domain: the server takes no invitation tokens. */
    INVITE_NOT_SUPPORTED("invite.notSupported"),
    /** {0} domain: the server announces no invitations at all (ejabberd 23.01). */
    INVITE_NOT_OFFERED("invite.notOffered"),
    /** {0} the invitation's server, {1} the server chosen. */
    INVITE_OTHER_SERVER("invite.otherServer"),
    /** {0} the inviter: a contact invitation without sign-up. */
    INVITE_NO_REGISTRATION("invite.noRegistration"),
    /** {0} the name the invitation fixes, {1} the name asked for. */
    INVITE_NAME_FIXED("invite.nameFixed"),
    /** {0} domain: the server refused to create an invitation. */
    INVITE_CREATE_REFUSED("invite.createRefused"),

    /** {0} the server's own words. */
    REGISTER_SERVER_SAID("register.serverSaid"),
    /** {0} name, {1} domain: the name is taken. */
    REGISTER_NAME_TAKEN("register.nameTaken"),
    /** {0} name, {1} the server's words (nested) or empty: the server refuses the name. */
    REGISTER_NAME_REFUSED("register.nameRefused"),
    /** {0} the name as typed: not a valid name. */
    REGISTER_NAME_INVALID("register.nameInvalid"),
    /** {0} domain: a name is needed. */
    REGISTER_NAME_NEEDED("register.nameNeeded"),
    /** {0} the server's words (nested) or empty: the CAPTCHA answer was wrong. */
    REGISTER_CAPTCHA_WRONG("register.captchaWrong"),
    /** {0} domain, {1} the server's words (nested) or empty: invitation needed. */
    REGISTER_INVITE_ONLY("register.inviteOnly"),
    /** {0} domain, {1} the server's words (nested) or empty. */
    REGISTER_NOT_ACCEPTABLE("register.notAcceptable"),
    /** {0} domain: too many sign-ups from here, no time given. */
    REGISTER_RATE_LIMITED("register.rateLimited"),
    /** {0} domain, {1} minutes to wait. */
    REGISTER_RATE_LIMITED_FOR("register.rateLimitedFor"),
    /** {0} domain: one new account per connection every few minutes (ejabberd's registration_timeout). */
    REGISTER_ONE_PER_CONNECTION("register.onePerConnection"),
    /** {0} domain, {1} the server's words (nested) or empty. */
    REGISTER_FORBIDDEN("register.forbidden"),
    /** {0} domain: no sign-up from apps, no web page known. */
    REGISTER_NOT_OFFERED("register.notOffered"),
    /** {0} domain, {1} the web page. */
    REGISTER_NOT_OFFERED_WEB("register.notOfferedWeb"),
    /** {0} domain, {1} error condition, {2} the server's words (nested) or empty. */
    REGISTER_FAILED("register.failed"),

    /** {0} file or address, {1} line: broken JSON. */
    PROVIDERS_UNREADABLE("providers.unreadable"),
    /** {0} file or address: JSON, but not a providers list. */
    PROVIDERS_NOT_A_LIST("providers.notAList"),
    /** {0} address: the download failed. */
    PROVIDERS_DOWNLOAD_FAILED("providers.downloadFailed"),
    /** {0} address, {1} HTTP status. */
    PROVIDERS_DOWNLOAD_STATUS("providers.downloadStatus"),
    /** {0} address: larger than a providers list can be. */
    PROVIDERS_TOO_LARGE("providers.tooLarge"),
    /** {0} address: not HTTPS. */
    PROVIDERS_NOT_HTTPS("providers.notHttps"),
    /** {0} file: cannot be written. */
    PROVIDERS_CACHE_WRITE("providers.cacheWrite");

    private final String key;

    XmppMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.xmpp.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
