package org.trasloco.importers.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.TextSpan;

/**
 * The same chat exported once as JSON and once as HTML ("HTML and JSON" writes both from the same
 * data) gives the same messages. What the HTML format does not carry is left out of the comparison:
 * stable ids (HTML has no chat id, so the conversation key differs), sender ids, edit marks, the
 * exact time of service lines (HTML gives them none), the user id of a mention by name, and the media
 * type a JSON export states for files whose name does not tell it.
 */
class SameChatBothFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"chat-pair-personal", "chat-pair-group"})
    void jsonAndHtmlOfOneChatGiveTheSameMessages(String pair) {
        RecordingSink json = Fixtures.read(Fixtures.path(pair + "/json"));
        RecordingSink html = Fixtures.read(Fixtures.path(pair + "/html"));

        assertEquals(json.ended.get(0).kind(), html.ended.get(0).kind());
        assertEquals(json.messages.size(), html.messages.size());
        for (int i = 0; i < json.messages.size(); i++) {
            Message fromJson = json.messages.get(i);
            Message fromHtml = html.messages.get(i);
            String where = pair + " message " + fromJson.platformId();
            assertEquals(comparable(fromJson), comparable(fromHtml), where);
            if (fromHtml.approximateTime()) {
                assertEquals(MessageKind.SYSTEM, fromHtml.kind(), where + ": only service lines lack a time");
                assertFalse(fromHtml.timestamp().isAfter(fromJson.timestamp()), where);
            } else {
                assertEquals(fromJson.timestamp(), fromHtml.timestamp(), where);
                assertEquals(fromJson.instant(), fromHtml.instant(), where);
            }
        }
        assertEquals(json.participants.values().iterator().next().stream().map(p -> p.name() + ":" + p.messageCount()).toList(),
                html.participants.values().iterator().next().stream().map(p -> p.name() + ":" + p.messageCount()).toList());
        assertEquals("", json.warningTexts());
        assertEquals("", html.warningTexts());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat-pair-personal", "chat-pair-group"})
    void htmlKnowsNoChatIdSoItsKeyIsTheTitle(String pair) {
        RecordingSink json = Fixtures.read(Fixtures.path(pair + "/json"));
        RecordingSink html = Fixtures.read(Fixtures.path(pair + "/html"));

        assertTrue(json.ended.get(0).key().matches("(user|chat)\\d+"), json.ended.get(0).key());
        assertEquals("title:" + html.ended.get(0).title(), html.ended.get(0).key());
    }

    private static List<Object> comparable(Message message) {
        List<Object> fields = new ArrayList<>();
        fields.add(message.platformId());
        fields.add(message.kind());
        fields.add(message.author());
        fields.add(message.text());
        fields.add(message.attachments().stream().map(file -> file.fileName() + "|" + file.present() + "|" + file.location())
                .toList());
        fields.add(message.mediaOmitted());
        fields.add(message.replyTo());
        fields.add(message.forwardedFrom());
        fields.add(message.spans().stream()
                .map(span -> span.kind() == TextSpan.Kind.MENTION ? new TextSpan(span.kind(), span.start(), span.end(), null) : span)
                .toList());
        return fields;
    }
}
