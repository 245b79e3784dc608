package org.trasloco.xmpp.registration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server's sign-up form, independent of any user interface: the fields in the server's order,
 * each with its kind, label, default values, options and media. Trasloco answers the name and the
 * password itself; {@link #questions()} are the fields a person must answer (a CAPTCHA, a required
 * e-mail address, …).
 *
 * @param title the server's title, or {@code null}
 * @param instructions the server's instructions, or {@code null}
 * @param fields the fields
 * @param style whether the server sent a data form or only the legacy fields
 * @param formType the data form's {@code FORM_TYPE}, or {@code null}
 * @param webPage a web page the server points to for signing up (XEP-0077 redirection), or {@code null}
 */
public record RegistrationForm(String title, String instructions, List<FormField> fields, Style style, String formType,
        String webPage) {

    /** The name of the field for the new account's name. */
    public static final String USERNAME = "username";
    /** The name of the field for the new account's password. */
    public static final String PASSWORD = "password";

    /** How the server described its form. */
    public enum Style {
        /** A data form (XEP-0004); the modern way. */
        DATA_FORM,
        /** Only the old fixed fields of XEP-0077 ({@code <username/>}, {@code <password/>}, …). */
        LEGACY
    }

    /**
     * Checks and copies the values.
     *
     * @param title the title
     * @param instructions the instructions
     * @param fields the fields
     * @param style the style
     * @param formType the form type
     * @param webPage the sign-up web page
     */
    public RegistrationForm {
        Objects.requireNonNull(style, "style");
        fields = List.copyOf(fields);
    }

    /**
     * The field with a name.
     *
     * @param variable the name
     * @return the field, if the form has it
     */
    public Optional<FormField> field(String variable) {
        return fields.stream().filter(field -> variable.equals(field.variable())).findFirst();
    }

    /** Whether the form takes a name and a password, so that Trasloco can sign up with it. */
    public boolean takesNameAndPassword() {
        return field(USERNAME).filter(FormField::isAnswerable).isPresent()
                && field(PASSWORD).filter(FormField::isAnswerable).isPresent();
    }

    /** Whether the server asks to prove that a human signs up. */
    public boolean hasCaptcha() {
        return fields.stream().anyMatch(FormField::isCaptcha) || "urn:xmpp:captcha".equals(formType);
    }

    /**
     * The fields a person has to answer: required or CAPTCHA fields other than the name and the
     * password (which Trasloco fills in), in the server's order.
     *
     * @return the questions, often none
     */
    public List<FormField> questions() {
        return fields.stream()
                .filter(FormField::isAnswerable)
                .filter(field -> !USERNAME.equals(field.variable()) && !PASSWORD.equals(field.variable()))
                .filter(field -> field.required() || field.isCaptcha())
                .toList();
    }

    /** The fixed texts of the form (explanations to show near the questions). */
    public List<String> notes() {
        return fields.stream()
                .filter(field -> field.kind() == FieldKind.FIXED)
                .flatMap(field -> field.values().stream())
                .toList();
    }
}
