package org.trasloco.bench.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.wizard.TextSize;
import org.trasloco.app.wizard.WizardStep;
import org.trasloco.bench.BenchText;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.ids.MessageIdGenerator;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code trasloco bench wizard-tables}: how smoothly the wizard's review table (many conversations) or
 * people table (many people) scrolls through a generated workspace (needs a screen;
 * {@code bench/wizard.sh} uses Xvfb).
 */
@Command(name = "wizard-tables", resourceBundle = "org.trasloco.bench.help", mixinStandardHelpOptions = true)
public final class WizardTablesBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--conversations", paramLabel = "N", descriptionKey = "conversations", defaultValue = "2000")
    private int conversations;

    @Option(names = "--people-per-chat", paramLabel = "N", descriptionKey = "peoplePerChat", defaultValue = "5")
    private int peoplePerChat;

    @Option(names = "--table", paramLabel = "review|people", descriptionKey = "table", defaultValue = "review",
            converter = TableConverter.class)
    private WizardStep table;

    @Option(names = "--large", descriptionKey = "large")
    private boolean large;

    /** The step whose table is measured, by its short name. */
    static final class TableConverter implements CommandLine.ITypeConverter<WizardStep> {
        @Override
        public WizardStep convert(String value) {
            return switch (value) {
                case "review" -> WizardStep.REVIEW;
                case "people" -> WizardStep.PEOPLE;
                default -> throw new CommandLine.TypeConversionException(value);
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        CliIo io = CommandIo.of(spec);
        Path directory = Files.createTempDirectory("trasloco-bench-tables");
        Path workspace = directory.resolve("tables.trasloco");
        try {
            fill(workspace);
            int rows = table == WizardStep.REVIEW ? conversations : conversations * peoplePerChat + 1;
            TableScrollBench.Result result = TableScrollBench.run(workspace, table, "table", rows,
                    large ? TextSize.LARGE : TextSize.NORMAL, directory);
            List<Double> sorted = new ArrayList<>(result.frameMillis());
            Collections.sort(sorted);
            io.out().println(LocalizedText.of(BenchText.TABLE_FRAMES, result.rows(), sorted.size(),
                    sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)),
                    sorted.get(sorted.size() - 1)).format(io.locale()));
            return ExitCodes.OK;
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(directory);
        }
    }

    /**
     * A workspace with the requested number of group conversations, each with the user and its own
     * friends writing a message each (so conversations × friends + 1 people).
     */
    private void fill(Path file) {
        try (Workspace workspace = Workspace.open(file);
                SourceImport importing = workspace.beginImport(Network.WHATSAPP, "generated")) {
            LocalDateTime start = LocalDateTime.of(2022, 3, 1, 9, 0);
            for (int c = 0; c < conversations; c++) {
                String key = "Chat " + (c + 1);
                Conversation conversation = new Conversation(Network.WHATSAPP, key, key, ConversationKind.GROUP);
                importing.beginConversation(conversation);
                MessageIdGenerator ids = new MessageIdGenerator(Network.WHATSAPP, key);
                List<Participant> participants = new ArrayList<>();
                participants.add(new Participant("Me", null, null, true, 1));
                for (int m = 0; m <= peoplePerChat; m++) {
                    LocalDateTime time = start.plusDays(c % 700).plusMinutes(m);
                    String author = m == 0 ? "Me" : "Friend " + (c + 1) + "-" + m;
                    String text = "message " + m;
                    importing.message(Message.builder().id(ids.next(time, author, text)).conversationKey(key)
                            .sequence(m).timestamp(time).author(author).text(text).build());
                    if (m > 0) {
                        participants.add(new Participant(author, null, null, true, 1));
                    }
                }
                importing.endConversation(conversation, participants);
            }
            importing.commit();
        }
    }
}
