package org.trasloco.xmpp.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers to a sign-up form, by field name. Hidden fields are sent back by
 * {@link AccountRegistrar} without being answered here. Holds the password in memory only for the
 * submission; {@link #toString()} shows no values.
 */
public final class RegistrationAnswers {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /**
     * Answers a field with one value.
     *
     * @param variable the field's name
     * @param value the answer
     * @return this
     */
    public RegistrationAnswers set(String variable, String value) {
        return set(variable, List.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * Answers a field with several values (multi-line text or multiple choice).
     *
     * @param variable the field's name
     * @param answer the values
     * @return this
     */
    public RegistrationAnswers set(String variable, List<String> answer) {
        values.put(Objects.requireNonNull(variable, "variable"), List.copyOf(answer));
        return this;
    }

    /**
     * Answers a yes/no field.
     *
     * @param variable the field's name
     * @param yes the answer
     * @return this
     */
    public RegistrationAnswers set(String variable, boolean yes) {
        return set(variable, yes ? "1" : "0");
    }

    /**
     * Adds all answers of another set (theirs win).
     *
     * @param others more answers
     * @return this
     */
    public RegistrationAnswers putAll(RegistrationAnswers others) {
        values.putAll(others.values);
        return this;
    }

    /**
     * The answer to a field.
     *
     * @param variable the field's name
     * @return the values, if answered
     */
    public Optional<List<String>> get(String variable) {
        return Optional.ofNullable(values.get(variable));
    }

    /**
     * Whether a field is answered.
     *
     * @param variable the field's name
     * @return {@code true} when answered
     */
    public boolean has(String variable) {
        return values.containsKey(variable);
    }

    /** The names of the answered fields. */
    @Override
    public String toString() {
        return "RegistrationAnswers" + values.keySet();
    }
}
