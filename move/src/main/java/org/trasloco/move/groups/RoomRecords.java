package org.trasloco.move.groups;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.core.address.XmppAddress;

/**
 * What the workspace remembers of each group's room on one account, besides its address (which
 * {@code MoveChoices} keeps): who was made a member, who was invited, whose messages carry their
 * address, and who is still to come (people to invite who have no address yet), so that a later run
 * adds, invites and re-addresses only the new ones.
 */
final class RoomRecords {

    private final Workspace workspace;
    private final String prefix;

    RoomRecords(Workspace workspace, XmppAddress account) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.prefix = "move.groups." + account + ".";
    }

    /** The addresses made members of a group's room. */
    Set<String> members(String group) {
        return read(group, "members");
    }

    /** Remembers that someone was made a member. */
    void addMember(String group, String address) {
        add(group, "members", address);
    }

    /** The members whose messages in a group's room carry their address. */
    Set<String> addressed(String group) {
        return read(group, "addressed");
    }

    /** Remembers that a member's messages in the room carry their address. */
    void addAddressed(String group, String address) {
        add(group, "addressed", address);
    }

    /** The addresses invited to a group's room. */
    Set<String> invited(String group) {
        return read(group, "invited");
    }

    /** Remembers that someone was invited. */
    void addInvited(String group, String address) {
        add(group, "invited", address);
    }

    /**
     * The people to invite who had no address at the last run, by name, each with the nickname the
     * room's history gives them.
     */
    Map<String, String> pending(String group) {
        Map<String, String> pending = new LinkedHashMap<>();
        for (String line : read(group, "pending")) {
            int tab = line.lastIndexOf('\t');
            // Records of an earlier version hold only the name, which was the nickname too.
            pending.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? line : line.substring(tab + 1));
        }
        return pending;
    }

    /** Remembers who is still to come, each with their nickname. */
    void pending(String group, Map<String, String> nicknames) {
        write(group, "pending", nicknames.entrySet().stream().map(entry -> entry.getKey() + "\t" + entry.getValue())
                .toList());
    }

    private Set<String> read(String group, String what) {
        return workspace.property(prefix + group + "." + what).map(saved -> Arrays.stream(saved.split("\n"))
                .filter(line -> !line.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new)))
                .orElseGet(LinkedHashSet::new);
    }

    private void add(String group, String what, String value) {
        Set<String> values = read(group, what);
        if (values.add(value)) {
            write(group, what, values);
        }
    }

    private void write(String group, String what, Collection<String> values) {
        workspace.setProperty(prefix + group + "." + what, String.join("\n", values));
    }
}
