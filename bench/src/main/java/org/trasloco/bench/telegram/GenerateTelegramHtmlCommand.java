package org.trasloco.bench.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trasloco bench generate-telegram-html --pages P -o DIR}: writes one synthetic Telegram
 * Desktop chat as HTML over P pages, for the benchmarks.
 */
@Command(name = "generate-telegram-html", resourceBundle = "org.trasloco.bench.telegram.help",
        mixinStandardHelpOptions = true)
public final class GenerateTelegramHtmlCommand implements Callable<Integer> {

    @Mixin
    private GeneratorOptions options;

    @Option(names = "--pages", defaultValue = "1000", paramLabel = "N", descriptionKey = "pages")
    private int pages;

    @Option(names = "--per-page", defaultValue = "1000", paramLabel = "N", descriptionKey = "perPage")
    private int perPage;

    @Override
    public Integer call() throws IOException {
        Path folder = options.output();
        long messages = new HtmlExportGenerator(options.seed()).write(folder, Math.max(1, pages), Math.max(1, perPage));
        long bytes = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
        }
        return options.wrote(folder, messages, bytes);
    }
}
