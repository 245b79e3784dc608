package org.trasloco.app.wizard.invite;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.ExternalLinks;
import org.trasloco.app.wizard.common.LanguageNames;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.invites.Languages;
import org.trasloco.invites.share.ShareMessage;
import org.trasloco.move.invites.PersonInvitation;

/**
 * One person to invite: their name, the language of their invitation, its text, the buttons that
 * send it from where they can still be reached (or copy it, or show its QR code to someone in the
 * room), and the "sent" tick.
 */
final class InvitationRow extends VBox {

    private final PersonInvitation invitation;
    private final Label text = new Label();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final CheckBox sent = new CheckBox();
    private final Button copy;
    private final WizardTexts texts;

    /**
     * A row.
     *
     * @param invitation the person's invitation
     * @param texts the window's language
     * @param links opens the share links
     * @param showQr shows the QR code of an invitation
     * @param languageChosen told the person and the language chosen for them
     * @param sentChanged told the person and whether it is now marked sent
     */
    InvitationRow(PersonInvitation invitation, WizardTexts texts, ExternalLinks links, Consumer<PersonInvitation> showQr,
            BiConsumer<PersonInvitation, Locale> languageChosen, BiConsumer<PersonInvitation, Boolean> sentChanged) {
        this.invitation = invitation;
        this.texts = texts;
        ShareMessage message = invitation.message();
        String name = invitation.name();
        getStyleClass().add("invite-row");
        setSpacing(8);
        setId("invite-" + invitation.contactId());

        Label heading = new Label(name);
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label reach = new Label(reachText(message));
        reach.getStyleClass().add("hint");
        reach.setWrapText(true);
        reach.setMinHeight(Region.USE_PREF_SIZE);
        Label languageLabel = new Label(texts.get("invite.language"));
        languageLabel.setLabelFor(language);
        language.getItems().setAll(Languages.SUPPORTED);
        language.setConverter(LanguageNames.converter(texts.locale()));
        language.setValue(message.invitee().language());
        language.getStyleClass().add("invite-language");
        language.setAccessibleText(texts.get("invite.language.accessible", name));
        language.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && !chosen.equals(old)) {
                languageChosen.accept(invitation, chosen);
            }
        });
        // The name and how to reach them wrap, so that a narrow window or large text never pushes the row wider.
        VBox who = new VBox(2, heading, reach);
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox choice = new HBox(8, languageLabel, language);
        choice.setAlignment(Pos.CENTER_LEFT);
        choice.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(16, who, choice);
        top.setAlignment(Pos.CENTER_LEFT);

        text.setText(message.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("share-text");
        text.setAccessibleText(texts.get("invite.text.accessible", name, message.text()));

        Button whatsApp = button(texts.get("invite.whatsapp"), texts.get("invite.whatsapp.accessible", name), "whatsapp");
        whatsApp.setOnAction(event -> links.open(message.whatsApp()));
        Button telegram = button(texts.get("invite.telegram"), texts.get("invite.telegram.accessible", name), "telegram");
        telegram.setOnAction(event -> links.open(message.telegram()));
        Button sms = button(texts.get("invite.sms"), texts.get("invite.sms.accessible", name), "sms");
        sms.setOnAction(event -> links.open(message.sms()));
        copy = button(texts.get("invite.copy"), texts.get("invite.copy.accessible", name), "copy");
        copy.setOnAction(event -> copyText());
        Button qr = button(texts.get("invite.qr"), texts.get("invite.qr.accessible", name), "qr");
        qr.setOnAction(event -> showQr.accept(invitation));
        FlowPane actions = new FlowPane(8, 8, whatsApp, telegram, sms, copy, qr);
        actions.setAlignment(Pos.CENTER_LEFT);

        sent.setText(texts.get("invite.sent"));
        sent.setAccessibleText(texts.get("invite.sent.accessible", name));
        sent.setSelected(invitation.sent());
        sent.getStyleClass().add("invite-sent");
        sent.selectedProperty().addListener((o, old, on) -> sentChanged.accept(invitation, on));
        getChildren().addAll(top, text, actions, sent);
    }

    /** The person's invitation. */
    PersonInvitation invitation() {
        return invitation;
    }

    /** Whether it is marked sent. */
    boolean isSent() {
        return sent.isSelected();
    }

    private static Button button(String label, String accessible, String kind) {
        Button button = new Button(label);
        button.setAccessibleText(accessible);
        button.getStyleClass().add("invite-" + kind);
        return button;
    }

    private void copyText() {
        ClipboardContent content = new ClipboardContent();
        content.putString(invitation.message().text());
        Clipboard.getSystemClipboard().setContent(content);
        copy.setText(texts.get("invite.copied"));
    }

    /** Where the person can still be reached: their number, Telegram (its ids mean nothing to a person). */
    private String reachText(ShareMessage message) {
        String phone = message.invitee().phone();
        boolean telegram = message.invitee().telegram() != null;
        if (phone != null) {
            return telegram ? texts.get("invite.reach.both", phone) : texts.get("invite.reach.phone", phone);
        }
        return telegram ? texts.get("invite.reach.telegram") : texts.get("invite.reach.none");
    }
}
