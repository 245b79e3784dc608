package org.trasloco.app.wizard.account;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.xmpp.connection.UntrustedCertificateException;

/**
 * A server whose certificate the system does not trust (a community server that made its own):
 * its fingerprint, large, to compare with the one its people gave; "they match" trusts exactly
 * that certificate, "they do not" stops.
 */
final class CertificatePrompt extends VBox {

    /** Pairs of hexadecimal digits per line: four short lines are easier to compare than one long one. */
    private static final int PAIRS_PER_LINE = 8;

    CertificatePrompt(UntrustedCertificateException untrusted, WizardTexts texts, Runnable trust, Runnable refuse) {
        super(10);
        getStyleClass().addAll("notice", "certificate");
        setId("certificatePrompt");
        String domain = untrusted.domain();
        Label title = StepFeedback.wrapped(texts.get("account.certificate.title", domain));
        title.getStyleClass().add("title-3");
        Label why = StepFeedback.wrapped(untrusted.problem() == UntrustedCertificateException.Problem.OTHER_NAME
                ? texts.get("account.certificate.otherName", domain) : texts.get("account.certificate.unknown", domain));
        String display = untrusted.presented().display();
        Label fingerprint = StepFeedback.wrapped(lines(display));
        fingerprint.getStyleClass().add("fingerprint");
        fingerprint.setId("fingerprint");
        fingerprint.setAccessibleText(texts.get("account.certificate.fingerprint.accessible", display));
        Label compare = StepFeedback.wrapped(texts.get("account.certificate.compare"));
        Button match = new Button(texts.get("account.certificate.trust"));
        match.setId("trustCertificate");
        match.getStyleClass().add("accent");
        match.setAccessibleText(texts.get("account.certificate.trust.accessible", domain));
        match.setOnAction(event -> trust.run());
        Button differ = new Button(texts.get("account.certificate.differ"));
        differ.setId("refuseCertificate");
        differ.setAccessibleText(texts.get("account.certificate.differ.accessible"));
        differ.setOnAction(event -> refuse.run());
        getChildren().addAll(title, why, fingerprint, compare, new FlowPane(10, 8, match, differ));
    }

    /** {@code AB:CD:…} in lines of eight pairs. */
    static String lines(String display) {
        String[] pairs = display.split(":");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0) {
                text.append(i % PAIRS_PER_LINE == 0 ? "\n" : " ");
            }
            text.append(pairs[i]);
        }
        return text.toString();
    }
}
