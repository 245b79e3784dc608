package org.trasloco.xmpp.registration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One field of a sign-up form, ready to be shown by any user interface.
 *
 * @param variable the name the server knows the field by ({@code username}, {@code ocr}, …)
 * @param kind what kind of input it wants
 * @param label the server's label (in the language asked for), or {@code null}: then use
 *     {@link FieldLabels#of(FormField)}
 * @param description the server's longer explanation, or {@code null}
 * @param required whether the server needs an answer
 * @param values the server's default or fixed values
 * @param options the choices of a choice field
 * @param media the pictures, sounds or videos that come with the field (CAPTCHAs)
 */
public record FormField(String variable, FieldKind kind, String label, String description, boolean required,
        List<String> values, List<FieldOption> options, List<MediaItem> media) {

    /** XEP-0158 fields whose answer proves a human is signing up. */
    static final Set<String> CAPTCHA_ANSWERS = Set.of("ocr", "qa", "audio_recog", "picture_q", "picture_recog",
            "speech_q", "speech_recog", "video_q", "video_recog");

    /**
     * Checks and copies the values.
     *
     * @param variable the field's name ({@code null} only for fixed text)
     * @param kind the kind
     * @param label the label, or {@code null}
     * @param description the description, or {@code null}
     * @param required whether an answer is needed
     * @param values the default values
     * @param options the options
     * @param media the media
     */
    public FormField {
        Objects.requireNonNull(kind, "kind");
        if (variable == null && kind != FieldKind.FIXED) {
            throw new IllegalArgumentException("only fixed text may have no variable");
        }
        values = List.copyOf(values);
        options = List.copyOf(options);
        media = List.copyOf(media);
    }

    /** Whether a person (or Trasloco) answers this field; fixed text and hidden fields are not answered. */
    public boolean isAnswerable() {
        return kind != FieldKind.FIXED && kind != FieldKind.HIDDEN;
    }

    /** Whether this field is a CAPTCHA: it comes with media, or it is one of the XEP-0158 answer fields. */
    public boolean isCaptcha() {
        return isAnswerable() && (!media.isEmpty() || (variable != null && CAPTCHA_ANSWERS.contains(variable)));
    }

    /** The first default value, if any. */
    public Optional<String> value() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
