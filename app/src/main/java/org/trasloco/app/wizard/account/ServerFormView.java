package org.trasloco.app.wizard.account;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.ExternalLinks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.xmpp.registration.FieldKind;
import org.trasloco.xmpp.registration.FieldLabels;
import org.trasloco.xmpp.registration.FieldOption;
import org.trasloco.xmpp.registration.FormField;
import org.trasloco.xmpp.registration.MediaItem;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.registration.RegistrationForm;

/**
 * A server's sign-up form as the server sent it: its instructions and notes, each question with the
 * server's label and explanation, a CAPTCHA picture shown large, web pages the form points to (a
 * CAPTCHA's fallback) as buttons; then "send" and "cancel". The answers go back to the waiting job.
 */
final class ServerFormView {

    /** A CAPTCHA picture narrower than this is shown twice as large. */
    private static final double SMALL_PICTURE = 240;
    private static final double MAX_PICTURE = 520;

    private final VBox box;
    private final WizardTexts texts;
    private final ExternalLinks links;
    private CompletableFuture<RegistrationAnswers> pending;

    ServerFormView(VBox box, WizardTexts texts, ExternalLinks links) {
        this.box = box;
        this.texts = texts;
        this.links = links;
    }

    /**
     * Shows a form and sends the answers to {@code answers}.
     *
     * @param form the whole form
     * @param questions the fields to answer
     * @param again whether the previous CAPTCHA answer was wrong
     * @param answers completed with the answers, or cancelled
     */
    void ask(RegistrationForm form, List<FormField> questions, boolean again,
            CompletableFuture<RegistrationAnswers> answers) {
        close();
        pending = answers;
        List<Node> nodes = new ArrayList<>();
        Label title = StepFeedback.wrapped(texts.get("account.form.title"));
        title.getStyleClass().add("title-3");
        nodes.add(title);
        if (again) {
            Label wrong = StepFeedback.wrapped(texts.get("account.form.again"));
            wrong.getStyleClass().add("error-message");
            nodes.add(wrong);
        }
        if (form.instructions() != null && !form.instructions().isBlank()) {
            nodes.add(StepFeedback.wrapped(form.instructions().strip()));
        }
        form.notes().forEach(note -> nodes.add(hint(note)));
        for (FormField field : form.fields()) {
            // A link that comes with the form (a CAPTCHA's web fallback) helps whoever cannot see the picture.
            if (field.isAnswerable() && !questions.contains(field) && field.value().filter(ServerFormView::isWebLink).isPresent()) {
                nodes.add(linkButton(FieldLabels.of(field, texts.locale()), field.value().get()));
            }
        }
        Map<FormField, Supplier<List<String>>> inputs = new LinkedHashMap<>();
        List<ObservableValue<Boolean>> missing = new ArrayList<>();
        Node first = null;
        for (FormField field : questions) {
            Node input = question(field, nodes, inputs, missing);
            first = first == null ? input : first;
        }
        Button send = new Button(texts.get("account.form.send"));
        send.setId("sendAnswers");
        send.getStyleClass().add("accent");
        send.setAccessibleText(texts.get("account.form.send.accessible"));
        BooleanBinding incomplete = Bindings.createBooleanBinding(
                () -> missing.stream().anyMatch(ObservableValue::getValue), missing.toArray(ObservableValue[]::new));
        send.disableProperty().bind(incomplete);
        send.setOnAction(event -> send(inputs));
        Button cancel = new Button(texts.get("account.form.cancel"));
        cancel.setId("cancelAnswers");
        cancel.setAccessibleText(texts.get("account.form.cancel.accessible"));
        cancel.setOnAction(event -> {
            answers.cancel(true);
            close();
        });
        for (Node node : nodes) {
            if (node instanceof TextField text) {
                text.setOnAction(event -> send.fire());
            }
        }
        nodes.add(new FlowPane(10, 8, send, cancel));
        box.getStyleClass().add("server-form");
        box.getChildren().setAll(nodes);
        if (first != null) {
            first.requestFocus();
        }
    }

    /** Takes the form away (answered, cancelled or no longer waited for). */
    void close() {
        box.getChildren().clear();
        box.getStyleClass().remove("server-form");
        pending = null;
    }

    private void send(Map<FormField, Supplier<List<String>>> inputs) {
        CompletableFuture<RegistrationAnswers> answers = pending;
        if (answers == null) {
            return;
        }
        RegistrationAnswers answered = new RegistrationAnswers();
        inputs.forEach((field, value) -> answered.set(field.variable(), value.get()));
        close();
        answers.complete(answered);
    }

    /** Adds one question's nodes; returns its input. */
    private Node question(FormField field, List<Node> nodes, Map<FormField, Supplier<List<String>>> inputs,
            List<ObservableValue<Boolean>> missing) {
        String label = FieldLabels.of(field, texts.locale());
        Label caption = StepFeedback.wrapped(field.required() || field.isCaptcha()
                ? texts.get("account.form.required", label) : label);
        caption.getStyleClass().add("form-label");
        nodes.add(caption);
        if (field.description() != null && !field.description().isBlank()) {
            nodes.add(hint(field.description().strip()));
        }
        for (MediaItem media : field.media()) {
            if (media.isImage() && media.bytes().isPresent()) {
                nodes.add(picture(media, label));
            } else if (media.isWebLink()) {
                nodes.add(linkButton(texts.get("account.form.media"), media.uri()));
            }
        }
        Node input = input(field, label, inputs);
        input.setId("field-" + field.variable());
        caption.setLabelFor(input);
        nodes.add(input);
        if ((field.required() || field.isCaptcha()) && input instanceof TextInputControl text) {
            missing.add(Bindings.createBooleanBinding(() -> text.getText() == null || text.getText().isBlank(),
                    text.textProperty()));
        }
        return input;
    }

    private Node input(FormField field, String label, Map<FormField, Supplier<List<String>>> inputs) {
        String initial = field.value().orElse("");
        Node input = switch (field.kind()) {
            case SECRET -> {
                PasswordField secret = new PasswordField();
                inputs.put(field, () -> List.of(secret.getText()));
                yield secret;
            }
            case TEXT_MULTI -> {
                TextArea area = new TextArea(String.join("\n", field.values()));
                area.setPrefRowCount(3);
                area.setWrapText(true);
                inputs.put(field, () -> area.getText().lines().toList());
                yield area;
            }
            case BOOLEAN -> {
                CheckBox yes = new CheckBox(label);
                yes.setWrapText(true);
                yes.setSelected("1".equals(initial) || "true".equals(initial));
                inputs.put(field, () -> List.of(yes.isSelected() ? "1" : "0"));
                yield yes;
            }
            case CHOICE -> choice(field, inputs);
            case MULTI_CHOICE -> {
                VBox boxes = new VBox(4);
                List<CheckBox> ticks = new ArrayList<>();
                for (FieldOption option : field.options()) {
                    CheckBox tick = new CheckBox(option.label());
                    tick.setSelected(field.values().contains(option.value()));
                    tick.setAccessibleText(option.label());
                    tick.setUserData(option.value());
                    ticks.add(tick);
                }
                boxes.getChildren().setAll(ticks);
                inputs.put(field, () -> ticks.stream().filter(CheckBox::isSelected)
                        .map(tick -> (String) tick.getUserData()).toList());
                boxes.setAccessibleText(label);
                yield boxes;
            }
            case TEXT, FIXED, HIDDEN -> {
                TextField text = new TextField(initial);
                text.setPrefColumnCount(18);
                text.setMaxWidth(420);
                inputs.put(field, () -> List.of(text.getText().strip()));
                yield text;
            }
        };
        input.setAccessibleText(field.isCaptcha() ? texts.get("account.form.captcha.accessible", label) : label);
        return input;
    }

    private ComboBox<FieldOption> choice(FormField field, Map<FormField, Supplier<List<String>>> inputs) {
        ComboBox<FieldOption> options = new ComboBox<>();
        options.getItems().setAll(field.options());
        options.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FieldOption option) {
                return option == null ? "" : option.label();
            }

            @Override
            public FieldOption fromString(String text) {
                return null;
            }
        });
        field.options().stream().filter(option -> field.values().contains(option.value())).findFirst()
                .ifPresent(options::setValue);
        inputs.put(field, () -> options.getValue() == null ? List.of() : List.of(options.getValue().value()));
        return options;
    }

    private Node picture(MediaItem media, String label) {
        Image image = new Image(new ByteArrayInputStream(media.bytes().orElseThrow().bytes()));
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        double width = image.getWidth();
        if (width > 0 && width < SMALL_PICTURE) {
            view.setFitWidth(width * 2);
            view.setSmooth(false);
        } else if (width > MAX_PICTURE) {
            view.setFitWidth(MAX_PICTURE);
        }
        view.setAccessibleText(texts.get("account.form.picture.accessible", label));
        view.getStyleClass().add("captcha");
        view.setId("captchaPicture");
        return view;
    }

    private Button linkButton(String what, String url) {
        Button open = new Button(texts.get("account.form.link", what));
        open.setWrapText(true);
        open.setAccessibleText(texts.get("account.form.link.accessible", what, url));
        open.setOnAction(event -> links.open(url));
        return open;
    }

    private static Label hint(String text) {
        Label label = StepFeedback.wrapped(text);
        label.getStyleClass().add("hint");
        return label;
    }

    private static boolean isWebLink(String value) {
        return value.startsWith("https://") || value.startsWith("http://");
    }
}
