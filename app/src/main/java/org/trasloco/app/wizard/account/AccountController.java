package org.trasloco.app.wizard.account;

import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.account.ProviderAdvice;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.password.Password;

/**
 * Step 4, "Your new address": the three ways to an address as large tiles, each shown with the
 * part that takes it; then the address that works, or, on a move continued, the address known and
 * its password asked again. Next is enabled once an account logged in. Typed passwords leave their
 * fields when the step is left or the window closes.
 */
public final class AccountController implements StepController {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final WizardContext context;
    private final AccountFlow flow;
    private boolean watchingWindow;

    private final BooleanProperty withoutServer = new SimpleBooleanProperty(this, "withoutServer");
    @FXML
    private Button noServer;
    @FXML
    private Label noServerChosen;
    @FXML
    private VBox noServerBox;
    @FXML
    private ScrollPane scroll;
    @FXML
    private Parent doneBox;
    @FXML
    private DoneController doneBoxController;
    @FXML
    private Parent resumeBox;
    @FXML
    private ResumeController resumeBoxController;
    @FXML
    private VBox choose;
    @FXML
    private ToggleGroup ways;
    @FXML
    private VBox tileNew;
    @FXML
    private VBox tileInvitation;
    @FXML
    private VBox tileExisting;
    @FXML
    private RadioButton wayNew;
    @FXML
    private RadioButton wayInvitation;
    @FXML
    private RadioButton wayExisting;
    @FXML
    private Parent newAddress;
    @FXML
    private NewAddressController newAddressController;
    @FXML
    private Parent invitation;
    @FXML
    private InvitationController invitationController;
    @FXML
    private Parent existing;
    @FXML
    private ExistingController existingController;
    @FXML
    private Parent signUp;
    @FXML
    private SignUpController signUpController;
    @FXML
    private ConnectionDetailsController detailsController;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public AccountController(WizardContext context) {
        this.context = context;
        this.flow = new AccountFlow(context);
    }

    @FXML
    private void initialize() {
        doneBoxController.attach(flow, this::chooseAnother);
        resumeBoxController.attach(flow, this::chooseAnother);
        newAddressController.attach(flow);
        invitationController.attach(flow);
        existingController.attach(flow);
        signUpController.attach(flow);
        detailsController.attach(flow);
        FocusFollowingScroll.install(scroll);
        tile(tileNew, wayNew, AccountWay.NEW);
        tile(tileInvitation, wayInvitation, AccountWay.INVITATION);
        tile(tileExisting, wayExisting, AccountWay.EXISTING);
        ways.selectedToggleProperty().addListener((o, old, toggle) ->
                flow.way().set(toggle == null ? null : (AccountWay) toggle.getUserData()));
        flow.way().addListener((o, old, way) -> showWay(way));
        flow.target().addListener((o, old, target) -> showSignUp());
        showWay(null);
        context.state().account().addListener((o, old, account) -> showMode());
        context.state().password().addListener((o, old, password) -> showMode());
        wipeWhenLeft(scroll);
        noServer.setOnAction(event -> goOnWithoutServer());
        loadServers();
    }

    @Override
    public ObservableBooleanValue ready() {
        return Bindings.createBooleanBinding(
                () -> withoutServer.get()
                        || context.state().account().get() != null && context.state().password().get() != null,
                context.state().account(), context.state().password(), withoutServer);
    }

    /** No address for now: the move goes on to the private copies, and the steps that need a server say so. */
    private void goOnWithoutServer() {
        withoutServer.set(true);
        noServerChosen.setText(context.texts().get("account.noServer.chosen"));
    }

    @Override
    public void shown() {
        showMode();
        signUpController.shown();
    }

    private void loadServers() {
        Tasks.create(() -> {
            ProviderAdvice advice = ProviderAdvice.from(context.settings().cacheDirectory());
            return new ServerList(advice, advice.forMove(context.state().choices(), Instant.now()),
                    ProviderAdvice.oldestMoving(context.state().choices()));
        }).onSuccess(list -> {
            // A server added meanwhile brought a newer list already.
            if (flow.servers().get() == null) {
                flow.servers().set(list);
            }
        }).onError(TraslocoException.class, newAddressController::serversUnavailable).runOnce(context.jobs());
    }

    /** The step's three faces: the account works; a known account waits for its password; choosing one. */
    private void showMode() {
        ChosenAccount account = context.state().account().get();
        Password password = context.state().password().get();
        boolean done = account != null && password != null;
        boolean resume = account != null && password == null;
        show(doneBox, done);
        show(resumeBox, resume);
        show(choose, !done && !resume);
        show(noServerBox, !done);
        if (done) {
            doneBoxController.show(account, password);
        } else if (resume) {
            resumeBoxController.show(account);
        }
    }

    private void showWay(AccountWay way) {
        show(newAddress, way == AccountWay.NEW);
        show(invitation, way == AccountWay.INVITATION);
        show(existing, way == AccountWay.EXISTING);
        for (Toggle toggle : ways.getToggles()) {
            if (toggle.getUserData() == way && ways.getSelectedToggle() != toggle) {
                ways.selectToggle(toggle);
            }
        }
        if (way == AccountWay.NEW) {
            newAddressController.shown();
        } else if (way == AccountWay.INVITATION) {
            invitationController.shown();
        } else if (way == AccountWay.EXISTING) {
            flow.serverInMind().ifPresent(existingController::prefill);
            flow.target(null);
        }
        showSignUp();
    }

    /** The name and password part, for a new address where to create it is known. */
    private void showSignUp() {
        AccountWay way = flow.way().get();
        show(signUp, (way == AccountWay.NEW || way == AccountWay.INVITATION) && flow.target().get() != null);
    }

    /** A way as a large tile: a click anywhere on it chooses it; the chosen one stands out. */
    private static void tile(VBox tile, RadioButton choice, AccountWay way) {
        choice.setUserData(way);
        tile.setOnMouseClicked(event -> choice.fire());
        choice.selectedProperty().addListener((o, old, selected) -> tile.pseudoClassStateChanged(CHOSEN, selected));
    }

    private void chooseAnother() {
        resumeBoxController.wipe();
        flow.forget();
        showMode();
    }

    /**
     * Typed passwords leave the fields when the step is left or the window closes; a made one not
     * yet used stays while the window is open (the user may have written it down).
     */
    private void wipeWhenLeft(Node root) {
        root.sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene == null) {
                wipeTyped();
            } else if (scene.getWindow() != null) {
                watch(scene.getWindow());
            } else {
                scene.windowProperty().addListener((w, oldWindow, window) -> watch(window));
            }
        });
    }

    private void watch(Window window) {
        if (window != null && !watchingWindow) {
            watchingWindow = true;
            window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
                wipeTyped();
                signUpController.wipeAll();
            });
        }
    }

    private void wipeTyped() {
        resumeBoxController.wipe();
        existingController.wipe();
        signUpController.wipe();
    }

    /** Shows a node and gives it room, or hides it and its room. */
    static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
