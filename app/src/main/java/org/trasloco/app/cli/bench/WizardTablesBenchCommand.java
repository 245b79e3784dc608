package org.trasloco.app.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.CliIo;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.app.wizard.TableScrollBench;
import org.trasloco.app.wizard.TextSize;
import org.trasloco.app.wizard.WizardStep;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.ids.MessageIdGenerator;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code trasloco bench wizard-tables}: how smoothly the wizard's review table scrolls through a
 * generated workspace of many conversations (needs a screen; {@code bench/wizard.sh} uses Xvfb).
 */
@Command(name = "wizard-tables", resourceBundle = "org.trasloco.app.cli.bench.help", mixinStandardHelpOptions = true)
final class WizardTablesBenchCommand implements Callable<Integer> {

    @ParentCommand
    private BenchCommand bench;

    @Option(names = "--conversations", paramLabel = "N", descriptionKey = "conversations", defaultValue = "2000")
    private int conversations;

    @Option(names = "--large", descriptionKey = "large")
    private boolean large;

    @Override
    public Integer call() throws Exception {
        CliIo io = bench.root().io();
        Path directory = Files.createTempDirectory("trasloco-bench-tables");
        Path workspace = directory.resolve("tables.trasloco");
        try {
            fill(workspace);
            TableScrollBench.Result result = TableScrollBench.run(workspace, WizardStep.REVIEW, "table", conversations,
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

    /** A workspace with the requested number of conversations, each with a few messages from two people. */
    private void fill(Path file) {
        try (Workspace workspace = Workspace.open(file);
                SourceImport importing = workspace.beginImport(Network.WHATSAPP, "generated")) {
            LocalDateTime start = LocalDateTime.of(2022, 3, 1, 9, 0);
            for (int c = 0; c < conversations; c++) {
                String key = "Chat " + (c + 1);
                Conversation conversation = new Conversation(Network.WHATSAPP, key, key, ConversationKind.DIRECT);
                importing.beginConversation(conversation);
                MessageIdGenerator ids = new MessageIdGenerator(Network.WHATSAPP, key);
                for (int m = 0; m < 3; m++) {
                    LocalDateTime time = start.plusDays(c % 700).plusMinutes(m);
                    String author = m % 2 == 0 ? "Me" : "Friend " + c;
                    String text = "message " + m;
                    importing.message(Message.builder().id(ids.next(time, author, text)).conversationKey(key)
                            .sequence(m).timestamp(time).author(author).text(text).build());
                }
                importing.endConversation(conversation, List.of(new Participant("Me", null, null, true, 2),
                        new Participant("Friend " + c, null, null, true, 1)));
            }
            importing.commit();
        }
    }
}
