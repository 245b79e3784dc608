package org.trasloco.app.wizard.invite;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.FxImages;
import org.trasloco.app.wizard.common.Overlay;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.app.wizard.printout.KitOptions;
import org.trasloco.app.wizard.printout.PagePreview;
import org.trasloco.app.wizard.printout.PagesView;
import org.trasloco.app.wizard.printout.Printouts;
import org.trasloco.invites.kit.CardGroup;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.invites.InvitationLanguages;
import org.trasloco.move.invites.InvitationList;
import org.trasloco.move.invites.KitGroups;
import org.trasloco.move.invites.KitOrder;
import org.trasloco.move.invites.Kits;
import org.trasloco.move.invites.PersonInvitation;

/** Step: invite the people, each in their language, and print the kit. */
public final class InviteController implements StepController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final MoveChoices choices;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** Whether there is an address to invite to (the account step gave one). */
    private final BooleanProperty hasAddress = new SimpleBooleanProperty(this, "hasAddress");
    private final LandingLinks landing = LandingLinks.standard();
    private Overlay overlay;
    private PagePreview preview;
    private Inviter inviter;
    private List<PersonInvitation> invitations = List.of();
    /** The group chats each person's card names, by contact id. */
    private Map<Long, List<CardGroup>> groups = Map.of();

    @FXML
    private StackPane root;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox notice;
    @FXML
    private Label noticeText;
    @FXML
    private VBox problems;
    @FXML
    private VBox rows;
    @FXML
    private Label summary;
    @FXML
    private VBox serverInvitesSlot;
    private ServerInvitesPane serverInvites;
    @FXML
    private KitOptions optionsController;
    @FXML
    private Label previewStatus;
    @FXML
    private PagesView pages;
    @FXML
    private Button save;
    @FXML
    private Button print;
    @FXML
    private Label kitStatus;
    @FXML
    private VBox kitProblems;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public InviteController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
        this.choices = context.state().choices();
    }

    @FXML
    private void initialize() {
        FocusFollowingScroll.install(scroll);
        overlay = new Overlay(scroll, texts);
        root.getChildren().add(overlay);
        preview = new PagePreview(context, pages, previewStatus, kitProblems, overlay);
        optionsController.onChange(this::drawKit);
        print.setVisible(context.services().printing().available());
        print.setManaged(print.isVisible());
        save.disableProperty().bind(busy.or(hasAddress.not()));
        print.disableProperty().bind(save.disableProperty());
        save.setOnAction(event -> saveKit());
        print.setOnAction(event -> printKit());
        notice.managedProperty().bind(noticeText.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        serverInvites = new ServerInvitesPane(context, this::shown);
        serverInvitesSlot.getChildren().setAll(serverInvites);
    }

    @Override
    public ObservableBooleanValue ready() {
        // Inviting and printing are offered, never required.
        return new SimpleBooleanProperty(true);
    }

    @Override
    public void shown() {
        busy.set(true);
        Locale window = texts.locale();
        Journey journey = context.state().journeyOrMe();
        Tasks.create(() -> {
            Optional<Inviter> from = InvitationList.inviterOf(choices);
            List<PersonInvitation> list = from.map(who -> new InvitationList(who, landing).forMove(choices, window))
                    .orElse(List.of());
            Map<Long, List<CardGroup>> cardGroups = from.map(who -> KitGroups.byContact(choices, who.address()))
                    .orElse(Map.of());
            Locale kitLanguage = journey == Journey.HELPER
                    ? InvitationLanguages.of(choices, window).ofTheExports().orElse(window) : window;
            return new Loaded(from.orElse(null), list, cardGroups, kitLanguage, choices.kit().orElse(null),
                    choices.account().orElse(null));
        }).onSuccess(this::show)
                .onError(Exception.class, error -> problems.getChildren().setAll(new ErrorView(error, texts)))
                .andFinally(() -> busy.set(false))
                .runOnce(context.jobs());
    }

    /** What the step shows, read in the background. */
    private record Loaded(Inviter inviter, List<PersonInvitation> invitations, Map<Long, List<CardGroup>> groups,
            Locale kitLanguage, Path savedKit, ChosenAccount account) {
    }

    private void show(Loaded loaded) {
        boolean first = optionsController.paper() == null;
        inviter = loaded.inviter();
        hasAddress.set(inviter != null);
        invitations = loaded.invitations();
        groups = loaded.groups();
        problems.getChildren().clear();
        noticeText.setText(inviter == null ? texts.get("invite.noAddress")
                : invitations.isEmpty() ? texts.get("invite.nobody") : "");
        rows.getChildren().setAll(invitations.stream().map(this::row).toList());
        showSummary();
        serverInvites.offer(loaded.account(), !invitations.isEmpty());
        if (first) {
            optionsController.select(KitOptions.localPaper(), loaded.kitLanguage(),
                    KitOrder.sizeFor(context.state().journeyOrMe()));
        }
        if (loaded.savedKit() != null && kitStatus.getText().isEmpty()) {
            kitStatus.setText(texts.get("kit.savedBefore", loaded.savedKit().toString()));
        }
        drawKit();
    }

    private InvitationRow row(PersonInvitation invitation) {
        return new InvitationRow(invitation, texts, context.services().links(), this::showQr, this::chooseLanguage,
                this::markSent);
    }

    private void chooseLanguage(PersonInvitation invitation, Locale chosen) {
        long id = invitation.contactId();
        Locale window = texts.locale();
        Tasks.create(() -> {
            choices.invitationLanguage(id, chosen);
            return new InvitationList(inviter, landing).forMove(choices, window);
        }).onSuccess(fresh -> {
            invitations = fresh;
            for (int i = 0; i < rows.getChildren().size(); i++) {
                InvitationRow old = (InvitationRow) rows.getChildren().get(i);
                if (old.invitation().contactId() == id) {
                    fresh.stream().filter(p -> p.contactId() == id).findFirst().map(this::row).ifPresent(
                            replaced -> {
                                rows.getChildren().set(rows.getChildren().indexOf(old), replaced);
                                replaced.lookup(".invite-language").requestFocus();
                            });
                }
            }
            drawKit();
        }).onError(Exception.class, error -> problems.getChildren().setAll(new ErrorView(error, texts)))
                .runOnce(context.jobs());
    }

    private void markSent(PersonInvitation invitation, boolean sent) {
        Tasks.create(() -> choices.invitationSent(invitation.contactId(), sent))
                .onSuccess(done -> showSummary())
                .onError(Exception.class, error -> problems.getChildren().setAll(new ErrorView(error, texts)))
                .runOnce(context.jobs());
    }

    private void showSummary() {
        long sent = rows.getChildren().stream().filter(node -> ((InvitationRow) node).isSent()).count();
        summary.setText(invitations.isEmpty() ? "" : texts.get("invite.summary", invitations.size(), sent));
    }

    private void showQr(PersonInvitation invitation) {
        String link = invitation.message().link().landing();
        ImageView code = new ImageView(FxImages.qrCode(link));
        code.setPreserveRatio(true);
        code.setSmooth(false);
        code.fitWidthProperty().bind(Bindings.createDoubleBinding(overlay::contentSide, overlay.widthProperty(),
                overlay.heightProperty()));
        code.setId("qrCode");
        overlay.show(texts.get("invite.qr.title", invitation.name()), code, link,
                texts.get("invite.qr.large.accessible", invitation.name()));
    }

    private KitOrder order() {
        KitOptions.Chosen chosen = optionsController.chosen();
        return KitOrder.forInvitations(inviter, chosen.language(), chosen.paper(), chosen.size(), null, landing,
                invitations, groups);
    }

    private void drawKit() {
        if (inviter == null || optionsController.paper() == null) {
            pages.clear();
            previewStatus.setText("");
            return;
        }
        KitOrder order = order();
        preview.draw(() -> Kits.preview(order, PagePreview.DOTS_PER_INCH));
    }

    private void saveKit() {
        KitOrder order = order();
        String suggested = texts.get("kit.fileName", inviter.address().local());
        context.dialogs().saveFile(root.getScene().getWindow(), texts.get("kit.save.title"), suggested)
                .ifPresent(file -> {
                    busy.set(true);
                    kitProblems.getChildren().clear();
                    Tasks.create(() -> {
                        int written = Kits.save(order, file).pages();
                        choices.kit(file);
                        return written;
                    }).onSuccess(written -> kitStatus.setText(texts.get("kit.saved", file.toString(), written)))
                            .onError(Exception.class, error -> kitProblems.getChildren().setAll(new ErrorView(error, texts)))
                            .andFinally(() -> busy.set(false))
                            .runOnce(context.jobs());
                });
    }

    private void printKit() {
        KitOrder order = order();
        Printouts.print(context, root.getScene().getWindow(), texts.get("kit.print.job", inviter.address().toString()),
                () -> Kits.pdf(order), kitStatus, kitProblems, busy);
    }
}
