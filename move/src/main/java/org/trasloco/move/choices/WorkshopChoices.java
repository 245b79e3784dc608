package org.trasloco.move.choices;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trasloco.core.workspace.Workspace;

/**
 * A workshop's choices, kept on its workspace like a move's: the participants list, the server,
 * the administrator account that creates the account invitations (never its password), the
 * invitations created, and where the kits were saved.
 */
public final class WorkshopChoices {

    private static final String PARTICIPANTS = "move.workshop.participants";
    private static final String SERVER = "move.workshop.server";
    private static final String ADMIN = "move.workshop.admin";
    private static final String TOKENS = "move.workshop.tokens";
    private static final String KITS = "move.workshop.kits";
    private static final String KITS_EACH = "move.workshop.kits.each";

    private final Workspace workspace;

    private WorkshopChoices(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The choices kept on a workspace.
     *
     * @param workspace the workshop's workspace, open
     * @return its choices
     */
    public static WorkshopChoices of(Workspace workspace) {
        return new WorkshopChoices(workspace);
    }

    /** The workshop's workspace. */
    public Workspace workspace() {
        return workspace;
    }

    /** The participants list, once chosen. */
    public Optional<Path> participants() {
        return stored(PARTICIPANTS).map(Path::of);
    }

    /** Remembers the participants list. */
    public void participants(Path file) {
        workspace.setProperty(PARTICIPANTS, file.toAbsolutePath().toString());
    }

    /** The server's domain, once given. */
    public Optional<String> server() {
        return stored(SERVER);
    }

    /** Remembers the server's domain. */
    public void server(String domain) {
        workspace.setProperty(SERVER, domain);
    }

    /** The administrator account that creates account invitations, once it logged in. */
    public Optional<ChosenAccount> admin() {
        return new AccountProperties(workspace, ADMIN).read();
    }

    /** Remembers the administrator account (never its password). */
    public void admin(ChosenAccount account) {
        new AccountProperties(workspace, ADMIN).write(account);
    }

    /** The account-invitation tokens created so far, by the participant's planned address. */
    public Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        stored(TOKENS).ifPresent(saved -> Arrays.stream(saved.split("\n")).map(line -> line.split(" ", 2))
                .filter(pair -> pair.length == 2).forEach(pair -> tokens.put(pair[0], pair[1])));
        return tokens;
    }

    /** Remembers the account-invitation tokens (replacing the earlier ones). */
    public void tokens(Map<String, String> byAddress) {
        workspace.setProperty(TOKENS, byAddress.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n")));
    }

    /** Where the kits were saved last: one file, or a folder with one file per person. */
    public Optional<Path> kits() {
        return stored(KITS).map(Path::of);
    }

    /** Whether the kits were saved one file per person (into the folder {@link #kits()} names). */
    public boolean kitsEach() {
        return stored(KITS_EACH).map(Boolean::parseBoolean).orElse(false);
    }

    /** Remembers where the kits were saved. */
    public void kits(Path where, boolean each) {
        workspace.setProperty(KITS, where.toAbsolutePath().toString());
        workspace.setProperty(KITS_EACH, Boolean.toString(each));
    }

    private Optional<String> stored(String key) {
        return workspace.property(key).filter(value -> !value.isBlank());
    }
}
