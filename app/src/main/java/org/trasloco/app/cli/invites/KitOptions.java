package org.trasloco.app.cli.invites;

import java.util.Locale;
import org.trasloco.invites.Languages;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** Options shared by the printing commands: paper, print size, the server's web chat; and the kit's language. */
final class KitOptions {

    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "paper", converter = PaperConverter.class)
    PaperFormat paper = PaperFormat.A4;

    @Option(names = "--large", descriptionKey = "large")
    boolean large;

    @Option(names = "--web-chat", paramLabel = "URL", descriptionKey = "webChat")
    String webChat;

    PrintSize size() {
        return large ? PrintSize.LARGE : PrintSize.NORMAL;
    }

    /**
     * The language to print in: {@code --lang} when given (inherited from {@code trasloco}), else the
     * language of the messages, as long as a kit exists in it; English otherwise.
     */
    static Locale language(CommandSpec spec, Locale messages) {
        OptionSpec lang = spec.findOption("--lang");
        String value = lang == null ? null : lang.getValue();
        Locale wanted = value == null || value.isBlank() ? messages : Locale.forLanguageTag(value.strip());
        return Languages.resolve(wanted, Locale.ENGLISH);
    }
}
