package org.trasloco.core.address;

import org.trasloco.core.i18n.MessageKey;

/** The texts of address checks ({@code org/trasloco/core/address/messages*.properties}). */
public enum AddressText implements MessageKey {
    /** {0} the address as given, {1} the reason. */
    INVALID("address.invalid"),
    /** Nothing was given. */
    REASON_EMPTY("reason.empty"),
    /** No {@code @}. */
    REASON_NO_AT("reason.noAt"),
    /** Nothing before the {@code @}. */
    REASON_NO_NAME("reason.noName"),
    /** Nothing after the {@code @}. */
    REASON_NO_DOMAIN("reason.noDomain"),
    /** A resource where only a bare address fits. */
    REASON_RESOURCE("reason.resource"),
    /** {0} the part (a {@code PART_*} text): longer than RFC 7622 allows. */
    REASON_TOO_LONG("reason.tooLong"),
    /** {0} the character, {1} the part. */
    REASON_BAD_CHARACTER("reason.badCharacter"),
    /** The server name is not a host name. */
    REASON_BAD_DOMAIN("reason.badDomain"),
    /** The user name before the {@code @}. */
    PART_LOCAL("part.local"),
    /** The server name after the {@code @}. */
    PART_DOMAIN("part.domain"),
    /** The resource after the {@code /}. */
    PART_RESOURCE("part.resource");

    private final String key;

    AddressText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.core.address.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
