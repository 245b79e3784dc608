package org.trasloco.app.cli.account;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.registration.BinaryData;
import org.trasloco.xmpp.registration.FieldKind;
import org.trasloco.xmpp.registration.FieldLabels;
import org.trasloco.xmpp.registration.FieldOption;
import org.trasloco.xmpp.registration.FormField;
import org.trasloco.xmpp.registration.FormQuestions;
import org.trasloco.xmpp.registration.MediaItem;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.registration.RegistrationForm;

/**
 * Asks the server's questions on the terminal: the explanations on standard error, a CAPTCHA
 * picture saved to a file to open, each answer read as one line of standard input (so a script can
 * pipe the answers after the password).
 */
final class PromptingQuestions implements FormQuestions {

    /** "Yes" as it may be typed in the five languages: yes, sì, ja, oui, sí; or 1, true. */
    private static final Set<String> YES = Set.of("y", "yes", "s", "si", "sì", "sí", "j", "ja", "o", "oui", "1", "true");

    private final CliIo io;
    private final StdinLines lines;

    PromptingQuestions(CliIo io, StdinLines lines) {
        this.io = io;
        this.lines = lines;
    }

    @Override
    public RegistrationAnswers answer(RegistrationForm form, List<FormField> questions) {
        Locale locale = io.locale();
        PrintWriter err = io.err();
        err.println(AccountText.QUESTIONS_INTRO.format(locale));
        if (form.instructions() != null && !form.instructions().isBlank()) {
            err.println(form.instructions().strip());
        }
        form.notes().forEach(err::println);
        for (FormField field : form.fields()) {
            // Links that come with the form (a CAPTCHA's web fallback) help whoever cannot see a picture.
            if (field.isAnswerable() && !questions.contains(field) && field.value().filter(PromptingQuestions::isLink).isPresent()) {
                err.println(AccountText.QUESTION_LINK.format(locale, FieldLabels.of(field, locale), field.value().get()));
            }
        }
        RegistrationAnswers answers = new RegistrationAnswers();
        for (FormField field : questions) {
            String label = FieldLabels.of(field, locale);
            if (field.description() != null && !field.description().isBlank()) {
                err.println(field.description().strip());
            }
            showMedia(field, err, locale);
            for (int i = 0; i < field.options().size(); i++) {
                err.println(AccountText.QUESTION_OPTION.format(locale, i + 1, field.options().get(i).label()));
            }
            if (field.kind() == FieldKind.BOOLEAN) {
                err.println(AccountText.QUESTION_YES_NO.format(locale));
            }
            err.print(AccountText.QUESTION_PROMPT.format(locale, label));
            err.flush();
            String line = lines.next();
            if (line == null) {
                err.println();
                throw new TraslocoException(TraslocoException.Kind.USAGE, AccountText.QUESTION_UNANSWERED, label);
            }
            answers.set(field.variable(), value(field, line.strip()));
        }
        return answers;
    }

    private static void showMedia(FormField field, PrintWriter err, Locale locale) {
        for (MediaItem media : field.media()) {
            if (media.bytes().isPresent()) {
                err.println(AccountText.QUESTION_PICTURE_SAVED.format(locale, save(field, media.bytes().get())));
            } else if (media.isWebLink()) {
                err.println(AccountText.QUESTION_MEDIA_LINK.format(locale, media.uri()));
            }
        }
    }

    private static Path save(FormField field, BinaryData data) {
        String type = data.mediaType();
        String extension = type.startsWith("image/") ? "." + type.substring("image/".length()).replaceAll("[^a-z0-9]", "")
                : type.startsWith("audio/") ? "." + type.substring("audio/".length()).replaceAll("[^a-z0-9]", "") : ".bin";
        try {
            Path file = Files.createTempFile("trasloco-" + field.variable().replaceAll("[^A-Za-z0-9]", "") + "-", extension);
            Files.write(file, data.bytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(FormField field, String line) {
        if (field.kind() == FieldKind.BOOLEAN) {
            String lower = line.toLowerCase(Locale.ROOT);
            boolean yes = YES.contains(lower);
            return yes ? "1" : "0";
        }
        if (!field.options().isEmpty()) {
            List<FieldOption> options = field.options();
            try {
                int index = Integer.parseInt(line);
                if (index >= 1 && index <= options.size()) {
                    return options.get(index - 1).value();
                }
            } catch (NumberFormatException e) {
                // Not a number: the value or the label itself.
            }
            for (FieldOption option : options) {
                if (option.label().equalsIgnoreCase(line)) {
                    return option.value();
                }
            }
        }
        return line;
    }

    private static boolean isLink(String value) {
        return value.startsWith("https://") || value.startsWith("http://");
    }
}
