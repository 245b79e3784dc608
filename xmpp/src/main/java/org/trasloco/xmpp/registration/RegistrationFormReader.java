package org.trasloco.xmpp.registration;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smackx.bob.element.BoBDataExtension;
import org.jivesoftware.smackx.iqregister.packet.Registration;
import org.jivesoftware.smackx.mediaelement.element.MediaElement;
import org.jivesoftware.smackx.xdata.FormFieldWithOptions;
import org.jivesoftware.smackx.xdata.packet.DataForm;

/**
 * Reads a server's answer to "which fields do you want?" (an XEP-0077 {@code jabber:iq:register}
 * query) into a {@link RegistrationForm}: the data form when there is one, else the legacy fields;
 * media of CAPTCHA fields with the bytes that came along (XEP-0231) or that {@code bits} can fetch;
 * and a web page the server points to (XEP-0077 redirection with {@code jabber:x:oob}).
 */
final class RegistrationFormReader {

    /** The legacy fields in the order a person expects them; unknown ones follow alphabetically. */
    private static final List<String> LEGACY_ORDER = List.of("username", "password", "email", "nick", "name", "first",
            "last", "address", "city", "state", "zip", "phone", "url", "date", "misc", "text", "key");

    private RegistrationFormReader() {
    }

    /**
     * Reads the form.
     *
     * @param query the server's answer
     * @param bits fetches the bytes of a {@code cid:} URI that did not come with the form (returns
     *     {@code null} when it cannot)
     * @return the form
     */
    static RegistrationForm read(Registration query, Function<String, BinaryData> bits) {
        Map<String, BinaryData> inline = inlineBits(query);
        Function<String, BinaryData> lookup = cid -> {
            BinaryData data = inline.get(cid);
            return data != null ? data : bits.apply(cid);
        };
        String webPage = oobUrl(query);
        DataForm form = query.getExtension(DataForm.class);
        if (form != null) {
            List<FormField> fields = new ArrayList<>();
            for (org.jivesoftware.smackx.xdata.FormField field : form.getFields()) {
                fields.add(field(field, lookup));
            }
            String instructions = form.getInstructions().isEmpty() ? query.getInstructions()
                    : String.join("\n", form.getInstructions());
            return new RegistrationForm(form.getTitle(), instructions, fields, RegistrationForm.Style.DATA_FORM,
                    form.getFormType(), webPage);
        }
        return new RegistrationForm(null, query.getInstructions(), legacyFields(query.getAttributes()),
                RegistrationForm.Style.LEGACY, null, webPage);
    }

    private static FormField field(org.jivesoftware.smackx.xdata.FormField field, Function<String, BinaryData> bits) {
        FieldKind kind = kind(field.getType());
        List<FieldOption> options = new ArrayList<>();
        if (field instanceof FormFieldWithOptions withOptions) {
            for (org.jivesoftware.smackx.xdata.FormField.Option option : withOptions.getOptions()) {
                options.add(new FieldOption(option.getLabel(), option.getValueString()));
            }
        }
        List<MediaItem> media = new ArrayList<>();
        for (Object child : field.getFormFieldChildElements()) {
            if (child instanceof MediaElement element) {
                for (MediaElement.Uri uri : element.getUris()) {
                    String text = uri.getUri().toString();
                    media.add(new MediaItem(uri.getType(), text, bytesOf(text, uri.getType(), bits)));
                }
            }
        }
        String variable = field.getFieldName();
        if (variable == null && kind != FieldKind.FIXED) {
            kind = FieldKind.FIXED;
        }
        return new FormField(variable, kind, field.getLabel(), field.getDescription(), field.isRequired(),
                field.getValuesAsString(), options, media);
    }

    private static FieldKind kind(org.jivesoftware.smackx.xdata.FormField.Type type) {
        if (type == null) {
            return FieldKind.TEXT;
        }
        return switch (type) {
            case bool -> FieldKind.BOOLEAN;
            case fixed -> FieldKind.FIXED;
            case hidden -> FieldKind.HIDDEN;
            case jid_multi, text_multi -> FieldKind.TEXT_MULTI;
            case list_multi -> FieldKind.MULTI_CHOICE;
            case list_single -> FieldKind.CHOICE;
            case text_private -> FieldKind.SECRET;
            case jid_single, text_single -> FieldKind.TEXT;
        };
    }

    private static BinaryData bytesOf(String uri, String type, Function<String, BinaryData> bits) {
        String lower = uri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cid:")) {
            return bits.apply(uri.substring("cid:".length()));
        }
        if (lower.startsWith("data:")) {
            int comma = uri.indexOf(',');
            if (comma > 0 && uri.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                try {
                    return new BinaryData(type == null ? "application/octet-stream" : type,
                            Base64.getMimeDecoder().decode(uri.substring(comma + 1)));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Map<String, BinaryData> inlineBits(Registration query) {
        Map<String, BinaryData> bits = new HashMap<>();
        for (ExtensionElement extension : query.getExtensions()) {
            if (extension instanceof BoBDataExtension data && data.getBobData() != null) {
                bits.put(data.getContentId().getCid(),
                        new BinaryData(data.getBobData().getType(), data.getBobData().getContent()));
            }
        }
        return bits;
    }

    private static String oobUrl(Registration query) {
        for (ExtensionElement extension : query.getExtensions()) {
            if ("jabber:x:oob".equals(extension.getNamespace()) && extension instanceof StandardExtensionElement oob) {
                StandardExtensionElement url = oob.getFirstElement("url");
                if (url != null && url.getText() != null && !url.getText().isBlank()) {
                    return url.getText().strip();
                }
            }
        }
        return null;
    }

    private static List<FormField> legacyFields(Map<String, String> attributes) {
        List<String> names = new ArrayList<>(attributes.keySet());
        names.removeIf(name -> name.equals("registered") || name.equals("remove") || name.equals("instructions"));
        names.sort(Comparator.comparingInt((String name) -> {
            int index = LEGACY_ORDER.indexOf(name);
            return index < 0 ? LEGACY_ORDER.size() : index;
        }).thenComparing(Comparator.naturalOrder()));
        List<FormField> fields = new ArrayList<>();
        for (String name : names) {
            String value = attributes.get(name);
            List<String> values = value == null || value.isEmpty() ? List.of() : List.of(value);
            FieldKind kind = switch (name) {
                case "password" -> FieldKind.SECRET;
                case "key" -> FieldKind.HIDDEN;
                default -> FieldKind.TEXT;
            };
            // In the legacy protocol every field the server lists is one it wants filled in.
            fields.add(new FormField(name, kind, null, null, true, values, List.of(), List.of()));
        }
        return fields;
    }
}
