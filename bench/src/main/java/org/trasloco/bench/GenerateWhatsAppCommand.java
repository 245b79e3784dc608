package org.trasloco.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.importers.whatsapp.synthetic.SyntheticChat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code trasloco bench generate-whatsapp --messages N -o FILE}: writes a generated WhatsApp export. */
@Command(name = "generate-whatsapp", resourceBundle = "org.trasloco.bench.help", mixinStandardHelpOptions = true)
final class GenerateWhatsAppCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--messages", required = true, paramLabel = "N", descriptionKey = "messages")
    private long messages;

    @Option(names = "--ios", descriptionKey = "ios")
    private boolean ios;

    @Option(names = "--month-first", descriptionKey = "monthFirst")
    private boolean monthFirst;

    @Option(names = "--seed", paramLabel = "SEED", descriptionKey = "seed", defaultValue = "42")
    private long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "output")
    private Path output;

    @Override
    public Integer call() {
        try {
            new SyntheticChat(messages, ios, monthFirst, seed).writeTo(output);
            CommandIo.of(spec).out().println(LocalizedText.of(BenchText.GENERATED, messages, output, Files.size(output))
                    .format(CommandIo.of(spec).locale()));
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
