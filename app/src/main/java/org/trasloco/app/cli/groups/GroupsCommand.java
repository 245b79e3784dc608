package org.trasloco.app.cli.groups;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.groups.GroupListing;
import org.trasloco.move.groups.GroupMove;
import org.trasloco.core.address.XmppAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco groups --workspace FILE --jid ADDRESS [--json]}: each group that moves with its
 * group chat's address, its members and the link that opens it ({@code xmpp:room@service?join}),
 * so that invitations and the kit can carry it. Reads the workspace only: no password, no
 * connection.
 */
@Command(name = "groups", resourceBundle = "org.trasloco.app.cli.groups.help", mixinStandardHelpOptions = true)
public final class GroupsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", descriptionKey = "workspace")
    private Path workspaceFile;

    @Option(names = "--jid", required = true, paramLabel = "ADDRESS", descriptionKey = "jid")
    private String jid;

    @Option(names = "--me", paramLabel = "NAME", descriptionKey = "me")
    private List<String> me = new ArrayList<>();

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        XmppAddress account = XmppAddress.account(jid);
        if (!Files.exists(workspaceFile)) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, GroupsCliText.WORKSPACE_MISSING,
                    workspaceFile.toString());
        }
        List<GroupListing> groups;
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            groups = GroupMove.listing(MoveChoices.of(workspace), account, new LinkedHashSet<>(me));
        }
        if (json) {
            writeJson(io, groups);
        } else if (groups.isEmpty()) {
            io.out().println(GroupsCliText.LIST_NONE.format(io.locale()));
        } else {
            groups.forEach(group -> print(io, group));
        }
        io.out().flush();
        return ExitCodes.OK;
    }

    private static void print(CliIo io, GroupListing group) {
        Locale locale = io.locale();
        String title = group.group().title();
        String key = MoveChoices.keyOf(group.group());
        io.out().println(switch (group.where()) {
            case ROOM -> GroupsCliText.LIST_ROOM.format(locale, title, key, group.room());
            case NOTES -> GroupsCliText.LIST_NOTES.format(locale, title, key);
            case NOT_YET -> GroupsCliText.LIST_NOT_YET.format(locale, title, key);
        });
        group.joinLink().ifPresent(link -> io.out().println(GroupsPrinter.INDENT
                + GroupsCliText.LIST_JOIN.format(locale, link)));
        if (group.where() == GroupListing.Where.NOTES) {
            return;
        }
        for (GroupListing.Member member : group.members()) {
            GroupsCliText line = member.invited() ? GroupsCliText.LIST_MEMBER_INVITED
                    : member.added() ? GroupsCliText.LIST_MEMBER_ADDED : GroupsCliText.LIST_MEMBER;
            io.out().println(GroupsPrinter.INDENT + line.format(locale, member.nickname(), member.address()));
        }
        group.pending().forEach(name -> io.out().println(GroupsPrinter.INDENT
                + GroupsCliText.LIST_PENDING.format(locale, name)));
    }

    private static void writeJson(CliIo io, List<GroupListing> groups) {
        io.out().flush();
        try (JsonGenerator out = new JsonFactory().createGenerator(io.data(), JsonEncoding.UTF8)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)) {
            out.useDefaultPrettyPrinter();
            out.writeStartArray();
            for (GroupListing group : groups) {
                out.writeStartObject();
                out.writeStringField("network", group.group().network().id());
                out.writeStringField("key", group.group().key());
                out.writeStringField("title", group.group().title());
                out.writeStringField("where", switch (group.where()) {
                    case ROOM -> "room";
                    case NOTES -> "notes";
                    case NOT_YET -> "not-yet";
                });
                out.writeStringField("room", group.room());
                out.writeStringField("joinLink", group.joinLink().orElse(null));
                out.writeArrayFieldStart("members");
                for (GroupListing.Member member : group.members()) {
                    out.writeStartObject();
                    out.writeStringField("address", member.address());
                    out.writeStringField("nickname", member.nickname());
                    out.writeBooleanField("member", member.added());
                    out.writeBooleanField("invited", member.invited());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeArrayFieldStart("pending");
                for (String name : group.pending()) {
                    out.writeString(name);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
