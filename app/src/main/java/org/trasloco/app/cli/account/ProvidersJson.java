package org.trasloco.app.cli.account;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.trasloco.xmpp.providers.Provider;
import org.trasloco.xmpp.providers.Retention;

/**
 * {@code trasloco providers --json}: one object per provider, facts the data does not state as
 * {@code null}, retention as a kind ({@code days}, {@code unlimited}, {@code less-than-a-day},
 * {@code unknown}) and a number of days.
 */
final class ProvidersJson {

    private ProvidersJson() {
    }

    static void write(OutputStream out, List<Provider> providers, Locale locale) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Provider provider : providers) {
                json.writeStartObject();
                json.writeStringField("domain", provider.domain());
                json.writeStringField("origin", switch (provider.origin()) {
                    case COMMUNITY -> "community";
                    case PROVIDERS_LIST -> "list";
                    case CUSTOM -> "custom";
                });
                json.writeStringField("category", provider.category().name().toLowerCase(Locale.ROOT));
                bool(json, "signUpInApp", provider.inAppSignUp());
                bool(json, "captcha", provider.captcha());
                bool(json, "emailRequired", provider.emailRequired());
                bool(json, "free", provider.free());
                json.writeStringField("signUpPage", provider.signUpPage(locale).orElse(null));
                json.writeStringField("website", provider.website(locale).orElse(null));
                json.writeArrayFieldStart("serverLocations");
                for (String location : provider.serverLocations()) {
                    json.writeString(location);
                }
                json.writeEndArray();
                retention(json, "archive", provider.archive());
                retention(json, "uploads", provider.uploads());
                json.writeStringField("organization", provider.organization());
                json.writeStringField("since", provider.since() == null ? null : provider.since().toString());
                json.writeStringField("latestChange", provider.latestChange() == null ? null : provider.latestChange().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bool(JsonGenerator json, String name, Boolean value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeBooleanField(name, value);
        }
    }

    private static void retention(JsonGenerator json, String name, Retention retention) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("kind", retention.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (retention.kind() == Retention.Kind.DAYS) {
            json.writeNumberField("days", retention.days());
        } else {
            json.writeNullField("days");
        }
        json.writeEndObject();
    }
}
