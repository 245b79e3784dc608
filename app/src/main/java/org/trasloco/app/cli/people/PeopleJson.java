package org.trasloco.app.cli.people;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.trasloco.importers.contacts.Person;
import org.trasloco.importers.contacts.Roster;

/**
 * {@code --json}: one object per person, most messages first, exactly
 * {@code {"name","aliases","phones","telegramIds","conversations","messages","address","decision"}}.
 */
final class PeopleJson {

    private PeopleJson() {
    }

    static void write(OutputStream data, Roster roster) {
        try (JsonGenerator out = new JsonFactory().createGenerator(data, JsonEncoding.UTF8)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)) {
            out.useDefaultPrettyPrinter();
            out.writeStartArray();
            for (Person person : roster.people()) {
                out.writeStartObject();
                out.writeStringField("name", person.name());
                array(out, "aliases", person.contact().aliases());
                array(out, "phones", person.contact().phones());
                array(out, "telegramIds", person.contact().platformIds());
                array(out, "conversations", person.conversations());
                out.writeNumberField("messages", person.messages());
                out.writeStringField("address", person.contact().xmppAddress());
                out.writeStringField("decision", person.contact().decision().id());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void array(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }
}
