package org.trasloco.app.cli.bench.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.CliIo;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.app.cli.TraslocoCommand;
import org.trasloco.core.i18n.LocalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco bench-telegram json|html …} (hidden): writes synthetic Telegram Desktop exports
 * for the benchmarks in {@code docs/benchmarks.md} ({@code bench/telegram.sh} runs them).
 */
@Command(name = "bench-telegram", hidden = true, resourceBundle = "org.trasloco.app.cli.bench.telegram.help",
        mixinStandardHelpOptions = true, subcommands = {TelegramBenchCommand.Json.class, TelegramBenchCommand.Html.class})
public final class TelegramBenchCommand implements Callable<Integer> {

    @ParentCommand
    private TraslocoCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(root.io().out());
        return ExitCodes.USAGE;
    }

    /** Says what was written. */
    int wrote(Path where, long messages, long bytes) {
        CliIo io = root.io();
        io.out().println(LocalizedText.of(BenchText.WROTE, where, messages, bytes / 1e6).format(io.locale()));
        return ExitCodes.OK;
    }

    /** Where to write and the seed of the made-up texts, the same for every generator. */
    static final class Target {

        @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "out")
        Path out;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "N", descriptionKey = "seed")
        long seed;
    }

    /** {@code json --out DIR --messages N --chats C}: a full-account {@code result.json}. */
    @Command(name = "json", resourceBundle = "org.trasloco.app.cli.bench.telegram.help", mixinStandardHelpOptions = true)
    static final class Json implements Callable<Integer> {

        @ParentCommand
        private TelegramBenchCommand parent;

        @Mixin
        private Target target;

        @Option(names = "--messages", defaultValue = "1000000", paramLabel = "N", descriptionKey = "messages")
        private long messages;

        @Option(names = "--chats", defaultValue = "100", paramLabel = "N", descriptionKey = "chats")
        private int chats;

        @Override
        public Integer call() throws IOException {
            Path file = new JsonExportGenerator(target.seed).write(target.out, messages, Math.max(1, chats));
            return parent.wrote(file, messages, Files.size(file));
        }
    }

    /** {@code html --out DIR --pages P}: one chat over many HTML pages. */
    @Command(name = "html", resourceBundle = "org.trasloco.app.cli.bench.telegram.help", mixinStandardHelpOptions = true)
    static final class Html implements Callable<Integer> {

        @ParentCommand
        private TelegramBenchCommand parent;

        @Mixin
        private Target target;

        @Option(names = "--pages", defaultValue = "1000", paramLabel = "N", descriptionKey = "pages")
        private int pages;

        @Option(names = "--per-page", defaultValue = "1000", paramLabel = "N", descriptionKey = "perPage")
        private int perPage;

        @Override
        public Integer call() throws IOException {
            long messages = new HtmlExportGenerator(target.seed).write(target.out, Math.max(1, pages), Math.max(1, perPage));
            long bytes = 0;
            try (var files = Files.list(target.out)) {
                for (Path file : files.toList()) {
                    bytes += Files.size(file);
                }
            }
            return parent.wrote(target.out, messages, bytes);
        }
    }
}
