package org.trasloco.app.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.Terminal;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.Languages;
import org.trasloco.invites.people.PeopleText;
import picocli.CommandLine;

/**
 * Runs one {@code trasloco} command line: parses it, runs the command, turns domain errors into a
 * message in the user's language and an exit code. Usable in-process by tests with any streams.
 */
public final class Cli {

    private static final System.Logger LOG = System.getLogger(Cli.class.getName());

    private final InputStream in;
    private final OutputStream out;
    private final OutputStream err;
    private final boolean terminal;
    private final Function<CliIo, CommandIo.Holder> root;

    /**
     * The {@code trasloco} command line over the given streams.
     *
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @param terminal whether standard error is a terminal (shows progress bars)
     */
    public Cli(InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        this(in, out, err, terminal, TraslocoCommand::new);
    }

    /**
     * A command line with another root command (the benchmarks' {@code trasloco bench}).
     *
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @param terminal whether standard error is a terminal (shows progress bars)
     * @param root makes the root command, a picocli command holding the run's streams
     */
    public Cli(InputStream in, OutputStream out, OutputStream err, boolean terminal,
            Function<CliIo, CommandIo.Holder> root) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.root = root;
    }

    /** Whether the failure is the reader of our output having gone away. */
    private static boolean isBrokenPipe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException && cause.getMessage() != null
                    && cause.getMessage().contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }

    /** {@code --lang it} (or {@code --lang=it}) anywhere on the line, else the system's language. */
    private static Locale languageOf(String[] args) {
        return languageAsked(args).map(value -> Locale.forLanguageTag(value.strip())).orElse(Locale.getDefault());
    }

    /** The value of {@code --lang VALUE} or {@code --lang=VALUE}, when the line has one. */
    private static Optional<String> languageAsked(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    /** A language Trasloco does not speak is refused in the system's language (or English), not ignored. */
    private int refuseLanguage(String asked) {
        Locale system = Languages.resolve(Locale.getDefault(), Locale.ENGLISH);
        CliIo io = CliIo.of(in, out, err, system, terminal);
        io.report(new TraslocoException(TraslocoException.Kind.USAGE, PeopleText.LANGUAGE_UNSUPPORTED, asked,
                String.join(", ", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList())));
        return ExitCodes.USAGE;
    }

    /** The {@code trasloco} command line over the process's own standard streams. */
    public static Cli standard() {
        return standard(TraslocoCommand::new);
    }

    /**
     * A command line over the process's own standard streams.
     *
     * @param root makes the root command
     * @return the command line
     */
    public static Cli standard(Function<CliIo, CommandIo.Holder> root) {
        return new Cli(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), Terminal.stderrIsTerminal(), root);
    }

    /**
     * Runs a command line.
     *
     * @param args the arguments after {@code trasloco}
     * @return the exit code
     */
    public int run(String... args) {
        Optional<String> asked = languageAsked(args);
        if (asked.isPresent() && Languages.parse(asked.get()).isEmpty()) {
            return refuseLanguage(asked.get());
        }
        Locale saved = Locale.getDefault();
        Locale locale = languageOf(args);
        // picocli loads the help bundles in the default language.
        Locale.setDefault(locale);
        try {
            return execute(args, CliIo.of(in, out, err, locale, terminal));
        } finally {
            Locale.setDefault(saved);
        }
    }

    private int execute(String[] args, CliIo io) {
        CommandLine commandLine = new CommandLine(root.apply(io));
        commandLine.setOut(io.out());
        commandLine.setErr(io.err());
        commandLine.setExecutionExceptionHandler((error, line, parsed) -> {
            if (error instanceof TraslocoException domain) {
                io.report(domain);
                return ExitCodes.of(domain);
            }
            if (isBrokenPipe(error)) {
                return ExitCodes.BROKEN_PIPE;
            }
            LOG.log(System.Logger.Level.ERROR, "unexpected failure", error);
            io.err().println(LocalizedText.of(CliText.INTERNAL_ERROR, error.getClass().getSimpleName(),
                    String.valueOf(error.getMessage())).format(io.locale()));
            return ExitCodes.INTERNAL;
        });
        commandLine.setParameterExceptionHandler((error, arguments) -> {
            CommandLine failed = error.getCommandLine();
            java.io.PrintWriter errors = failed.getErr();
            errors.println(SecretArguments.redact(error.getMessage(), arguments));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(error, errors)) {
                failed.usage(errors, failed.getColorScheme());
            }
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        try {
            return commandLine.execute(args);
        } finally {
            io.out().flush();
            io.err().flush();
            // A reader that went away (| head) leaves nothing to flush to: that is not an error.
            io.out().checkError();
        }
    }
}
