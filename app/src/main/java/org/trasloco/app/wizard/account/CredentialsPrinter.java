package org.trasloco.app.wizard.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.stage.Window;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.FxImages;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.kit.CredentialsCard;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.providers.Provider;

/**
 * Prints the credentials card: made and drawn in memory on a job thread, handed to the printer as
 * pictures, never written to a file.
 */
final class CredentialsPrinter {

    /** Print resolution: sharp text and QR codes, a few megabytes per page in memory. */
    private static final float DOTS_PER_INCH = 200;
    /** Where Letter paper is the usual size; elsewhere A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT",
            "CR", "SV", "PA", "DO", "NI", "HN", "BO");

    private final WizardContext context;

    CredentialsPrinter(WizardContext context) {
        this.context = context;
    }

    /** Whether there is a printer to print on (the print buttons show only then). */
    boolean available() {
        return context.services().printing().available();
    }

    /**
     * Prints the card.
     *
     * @param owner the window the print dialog belongs to
     * @param account the account
     * @param password its password (not wiped here: the state owns it)
     * @param server the server's catalogue entry, for its web page, if known
     * @param outcome told on the JavaFX thread whether the pages went to the printer
     */
    void print(Window owner, ChosenAccount account, Password password, Optional<Provider> server,
            Consumer<Boolean> outcome) {
        Locale language = context.texts().locale();
        String page = server.flatMap(provider -> provider.website(language).or(() -> provider.signUpPage(language)))
                .orElse(null);
        String address = account.address().toString();
        String secret = password.reveal();
        Tasks.create(() -> {
            try (CredentialsCard card = new CredentialsCard(address, secret, page, language, paper())) {
                return card.pages(DOTS_PER_INCH).stream().map(FxImages::of).toList();
            }
        }).onSuccess((List<Image> pages) -> outcome.accept(context.services().printing().print(owner,
                context.texts().get("account.print.job"), pages)))
                .onError(TraslocoException.class, error -> outcome.accept(false))
                .runOnce(context.jobs());
    }

    /** The paper of the country the computer is set to. */
    static PaperFormat paper() {
        return LETTER_COUNTRIES.contains(Locale.getDefault(Locale.Category.FORMAT).getCountry()) ? PaperFormat.LETTER
                : PaperFormat.A4;
    }
}
