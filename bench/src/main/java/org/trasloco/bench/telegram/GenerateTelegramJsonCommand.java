package org.trasloco.bench.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trasloco bench generate-telegram-json --messages N -o DIR}: writes a synthetic full-account
 * Telegram Desktop {@code result.json} (about 1 KB per message) for the benchmarks.
 */
@Command(name = "generate-telegram-json", resourceBundle = "org.trasloco.bench.telegram.help",
        mixinStandardHelpOptions = true)
public final class GenerateTelegramJsonCommand implements Callable<Integer> {

    @Mixin
    private GeneratorOptions options;

    @Option(names = "--messages", defaultValue = "1000000", paramLabel = "N", descriptionKey = "messages")
    private long messages;

    @Option(names = "--chats", defaultValue = "100", paramLabel = "N", descriptionKey = "chats")
    private int chats;

    @Override
    public Integer call() throws IOException {
        Path file = new JsonExportGenerator(options.seed()).write(options.output(), messages, Math.max(1, chats));
        return options.wrote(file, messages, Files.size(file));
    }
}
