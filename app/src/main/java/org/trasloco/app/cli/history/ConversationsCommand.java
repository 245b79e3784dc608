package org.trasloco.app.cli.history;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.time.Timestamps;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code trasloco conversations --workspace FILE [--json]}: what a workspace holds. */
@Command(name = "conversations", resourceBundle = "org.trasloco.app.cli.history.help", mixinStandardHelpOptions = true)
public final class ConversationsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", descriptionKey = "workspace")
    private Path workspaceFile;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        if (!Files.exists(workspaceFile)) {
            io.err().println(Texts.format(io.locale(), HistoryText.WORKSPACE_MISSING, workspaceFile));
            return ExitCodes.USAGE;
        }
        List<ConversationSummary> conversations;
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            conversations = workspace.conversations();
        }
        if (json) {
            writeJson(io, conversations);
        } else if (conversations.isEmpty()) {
            io.out().println(Texts.format(io.locale(), HistoryText.CONVERSATIONS_NONE));
        } else {
            for (ConversationSummary c : conversations) {
                io.out().println(Texts.format(io.locale(), HistoryText.CONVERSATIONS_ROW, c.title(),
                        Texts.network(c.network()), Texts.kind(c.kind()), c.messages(),
                        Texts.date(c.first(), io.locale()), Texts.date(c.last(), io.locale()), c.participants()));
            }
        }
        io.out().flush();
        return ExitCodes.OK;
    }

    private static void writeJson(CliIo io, List<ConversationSummary> conversations) {
        io.out().flush();
        try (JsonGenerator out = new JsonFactory().createGenerator(io.data(), JsonEncoding.UTF8)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)) {
            out.useDefaultPrettyPrinter();
            out.writeStartArray();
            for (ConversationSummary c : conversations) {
                out.writeStartObject();
                out.writeStringField("network", c.network().id());
                out.writeStringField("key", c.key());
                out.writeStringField("title", c.title());
                out.writeStringField("kind", c.kind().id());
                out.writeNumberField("messages", c.messages());
                out.writeNumberField("systemLines", c.systemLines());
                out.writeNumberField("deleted", c.deleted());
                out.writeStringField("first", c.first() == null ? null : Timestamps.iso(c.first()));
                out.writeStringField("last", c.last() == null ? null : Timestamps.iso(c.last()));
                out.writeNumberField("participants", c.participants());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
