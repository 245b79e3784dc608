package org.trasloco.invites.people;

import org.trasloco.core.i18n.MessageKey;

/** The texts of the people package ({@code org/trasloco/invites/people/messages*.properties}). */
public enum PeopleText implements MessageKey {
    /** {0} the number as given: not a phone number in international form. */
    PHONE_INVALID("phone.invalid"),
    /** {0} the name as given: a person needs a name. */
    NAME_EMPTY("name.empty"),
    /** {0} the language as given, {1} the supported languages. */
    LANGUAGE_UNSUPPORTED("language.unsupported");

    private final String key;

    PeopleText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.invites.people.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
