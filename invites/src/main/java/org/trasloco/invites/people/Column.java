package org.trasloco.invites.people;

/**
 * A column of a people or participants list, with the header names it is known by in every
 * supported language, so that a spreadsheet made in German, French or Spanish reads as it is
 * (headers are compared without regard to case). The first name is the one error messages use.
 */
public enum Column {
    /** The person's name; required. */
    NAME("name", "nome", "nom", "nombre"),
    /** A phone number in international form. */
    PHONE("phone", "telefono", "telefon", "téléphone", "telephone", "teléfono"),
    /** A Telegram user name or id. */
    TELEGRAM("telegram"),
    /** The language to write to the person in. */
    LANGUAGE("language", "lingua", "sprache", "langue", "idioma"),
    /** A workshop participant's address or user name. */
    ADDRESS("address", "username", "indirizzo", "utente", "adresse", "benutzername", "utilisateur", "dirección",
            "direccion", "usuario"),
    /** A workshop participant's account-invite token. */
    TOKEN("token", "invite", "invito", "einladung", "invitation", "invitación", "invitacion");

    private final String[] names;

    Column(String... names) {
        this.names = names;
    }

    /** The header names this column is known by, the English one first. */
    public String[] names() {
        return names.clone();
    }
}
