package org.trasloco.app.wizard;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.trasloco.core.workspace.Workspace;

/**
 * What the steps share, scoped to one wizard and one move: observable properties, each saved to the
 * move's workspace as soon as it changes (autosave), and read back when the move is continued.
 */
public final class WizardState {

    private static final String AUDIENCE = "wizard.audience";
    private static final String STEP = "wizard.step";
    /** The workspace property holding the time zone of the user's phone (also read by the command line). */
    public static final String ZONE = "wizard.zone";
    /** The workspace property listing the conversations left out in the review, one key a line. */
    public static final String EXCLUDED = "wizard.review.excluded";

    private final Workspace workspace;
    private final boolean resumed;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>(this, "audience");
    private final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(this, "step", WizardStep.WELCOME);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObservableSet<String> excludedConversations = FXCollections.observableSet(new LinkedHashSet<>());
    private final IntegerProperty imports = new SimpleIntegerProperty(this, "imports");

    private WizardState(Workspace workspace, Locale initialLocale) {
        this.workspace = workspace;
        this.resumed = workspace.messageCount() > 0 || workspace.property(STEP).isPresent();
        locale.set(initialLocale);
        workspace.property(AUDIENCE).map(Audience::valueOf).ifPresent(audience::set);
        workspace.property(STEP).map(WizardStep::valueOf).ifPresent(step::set);
        zone.set(workspace.property(ZONE).map(WizardState::zoneOrDefault).orElse(ZoneId.systemDefault()));
        workspace.property(EXCLUDED).ifPresent(saved -> excludedConversations.addAll(
                Arrays.stream(saved.split("\n")).filter(s -> !s.isBlank()).toList()));
        audience.addListener((o, old, value) -> save(AUDIENCE, value.name()));
        step.addListener((o, old, value) -> save(STEP, value.name()));
        zone.addListener((o, old, value) -> save(ZONE, value.getId()));
        excludedConversations.addListener((SetChangeListener<String>) change ->
                save(EXCLUDED, excludedConversations.stream().collect(Collectors.joining("\n"))));
    }

    /**
     * Reads a move's state from its workspace.
     *
     * @param workspace the move's workspace, open
     * @param locale the language to start in
     * @return the state, saving itself to the workspace from now on
     */
    public static WizardState load(Workspace workspace, Locale locale) {
        return new WizardState(workspace, locale);
    }

    private void save(String key, String value) {
        workspace.setProperty(key, value);
    }

    private static ZoneId zoneOrDefault(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    /** The move's workspace. */
    public Workspace workspace() {
        return workspace;
    }

    /** Whether this move was started in an earlier session. */
    public boolean resumed() {
        return resumed;
    }

    /** The language of the window. */
    public ObjectProperty<Locale> locale() {
        return locale;
    }

    /** Who is moving. */
    public ObjectProperty<Audience> audience() {
        return audience;
    }

    /** The step shown. */
    public ObjectProperty<WizardStep> step() {
        return step;
    }

    /** The zone the exporting phone's clock was in. */
    public ObjectProperty<ZoneId> zone() {
        return zone;
    }

    /** Conversations the user chose not to move, as {@code network/key}. */
    public ObservableSet<String> excludedConversations() {
        return excludedConversations;
    }

    /** Counts finished imports, so that views of the workspace know when to refresh. */
    public IntegerProperty imports() {
        return imports;
    }

    /** The key used in {@link #excludedConversations()} for a conversation. */
    public static String conversationKey(String network, String key) {
        return network + "/" + key;
    }

    /** The set of conversation keys (for tests and summaries). */
    public Set<String> excludedSnapshot() {
        return Set.copyOf(excludedConversations);
    }
}
