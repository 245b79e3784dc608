package org.trasloco.app.wizard.account;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.trasloco.app.wizard.WizardContext;

/**
 * The host and port the server's people gave, for a server not found by its name; folded away,
 * since most servers need none. They apply to whichever way the user takes.
 */
public final class ConnectionDetailsController {

    private final WizardContext context;
    private AccountFlow flow;

    @FXML
    private Label hostLabel;
    @FXML
    private TextField host;
    @FXML
    private Label portLabel;
    @FXML
    private TextField port;
    @FXML
    private Label detailsProblem;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public ConnectionDetailsController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        hostLabel.setLabelFor(host);
        portLabel.setLabelFor(port);
        host.textProperty().addListener((o, old, text) -> apply());
        port.textProperty().addListener((o, old, text) -> apply());
    }

    /** Joins the step's other parts; a continued move shows the details saved with its account. */
    void attach(AccountFlow shared) {
        this.flow = shared;
        flow.knownAccount().ifPresent(known -> {
            known.server().explicitHost().ifPresent(host::setText);
            if (known.server().port() > 0) {
                port.setText(Integer.toString(known.server().port()));
            }
        });
        apply();
    }

    private void apply() {
        if (flow == null) {
            return;
        }
        String typedHost = host.getText() == null ? "" : host.getText().strip();
        String typedPort = port.getText() == null ? "" : port.getText().strip();
        int number = 0;
        boolean bad = false;
        if (!typedPort.isEmpty()) {
            try {
                number = Integer.parseInt(typedPort);
                bad = number < 1 || number > 65_535;
            } catch (NumberFormatException e) {
                bad = true;
            }
        }
        detailsProblem.setVisible(bad);
        detailsProblem.setManaged(bad);
        detailsProblem.setText(bad ? context.texts().get("account.details.port.invalid", typedPort) : "");
        flow.connectionDetails(typedHost.isEmpty() ? null : typedHost, bad ? 0 : number);
    }
}
