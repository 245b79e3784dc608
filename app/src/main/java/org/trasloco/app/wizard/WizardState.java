package org.trasloco.app.wizard;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.password.Password;

/**
 * What the steps share, scoped to one wizard and one move: observable properties over the move's
 * choices, each saved to the workspace as soon as it changes (autosave) and read back when the move
 * is continued. The password of the account lives here in memory only, never on disk.
 */
public final class WizardState {

    private static final String STEP = "wizard.step";

    private final MoveChoices choices;
    private final boolean resumed;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private final ObjectProperty<Journey> journey = new SimpleObjectProperty<>(this, "journey");
    private final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(this, "step", WizardStep.WELCOME);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObservableSet<String> excludedConversations = FXCollections.observableSet(new LinkedHashSet<>());
    private final IntegerProperty imports = new SimpleIntegerProperty(this, "imports");
    private final ObjectProperty<ChosenAccount> account = new SimpleObjectProperty<>(this, "account");
    private final ObjectProperty<Password> password = new SimpleObjectProperty<>(this, "password");

    private WizardState(Workspace workspace, Locale initialLocale) {
        this.choices = MoveChoices.of(workspace);
        Workspace store = choices.workspace();
        this.resumed = store.messageCount() > 0 || store.property(STEP).isPresent();
        locale.set(initialLocale);
        choices.journey().ifPresent(journey::set);
        store.property(STEP).flatMap(WizardStep::named).ifPresent(step::set);
        zone.set(choices.zoneOrSystem());
        excludedConversations.addAll(choices.excluded());
        choices.account().ifPresent(account::set);
        journey.addListener((o, old, value) -> choices.journey(value));
        step.addListener((o, old, value) -> store.setProperty(STEP, value.name()));
        zone.addListener((o, old, value) -> choices.zone(value));
        excludedConversations.addListener((SetChangeListener<String>) change ->
                choices.excluded(new LinkedHashSet<>(excludedConversations)));
        account.addListener((o, old, value) -> {
            if (value != null) {
                choices.account(value);
            }
        });
        password.addListener((o, old, value) -> {
            if (old != null && old != value) {
                old.wipe();
            }
        });
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

    /** The move's workspace. */
    public Workspace workspace() {
        return choices.workspace();
    }

    /** The move's choices, as the workflows read them. */
    public MoveChoices choices() {
        return choices;
    }

    /** Whether this move was started in an earlier session. */
    public boolean resumed() {
        return resumed;
    }

    /** The language of the window. */
    public ObjectProperty<Locale> locale() {
        return locale;
    }

    /** Who is moving: the user, someone they help, or a workshop group. */
    public ObjectProperty<Journey> journey() {
        return journey;
    }

    /** The journey chosen, or moving oneself while none is. */
    public Journey journeyOrMe() {
        return journey.get() == null ? Journey.ME : journey.get();
    }

    /** The step shown. */
    public ObjectProperty<WizardStep> step() {
        return step;
    }

    /** The zone the exporting phone's clock was in. */
    public ObjectProperty<ZoneId> zone() {
        return zone;
    }

    /** Conversations the user chose not to move, as {@link MoveChoices#keyOf keys}. */
    public ObservableSet<String> excludedConversations() {
        return excludedConversations;
    }

    /** Counts finished imports, so that views of the workspace know when to refresh. */
    public IntegerProperty imports() {
        return imports;
    }

    /** The account the move goes to, once the user has one that works. */
    public ObjectProperty<ChosenAccount> account() {
        return account;
    }

    /**
     * The account's password, in memory for this session only (asked again after a restart); a
     * replaced password is wiped.
     */
    public ObjectProperty<Password> password() {
        return password;
    }

    /** The set of left-out conversation keys (for tests and summaries). */
    public Set<String> excludedSnapshot() {
        return Set.copyOf(excludedConversations);
    }

    /** Forgets the password (when the window closes). */
    void wipePassword() {
        Password held = password.get();
        password.set(null);
        if (held != null) {
            held.wipe();
        }
    }
}
