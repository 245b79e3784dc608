package org.trasloco.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trasloco.core.history.TextSpan;

class SpanCodecTest {

    @Test
    void spansComeBackAsTheyWentInWhateverTheirTargets() {
        List<TextSpan> spans = new ArrayList<>();
        String[] targets = {null, "https://example.org/a?b=\"c\"&d=\\e", "user123", "tab\there\nnew line\u0007bell",
            "città 🌸 \u202Eright-to-left", "</script>", ""};
        for (int i = 0; i < targets.length; i++) {
            for (TextSpan.Kind kind : TextSpan.Kind.values()) {
                spans.add(new TextSpan(kind, i, i + 10, targets[i]));
            }
        }
        assertEquals(spans, SpanCodec.decode(SpanCodec.encode(spans)));
        assertEquals(List.of(new TextSpan(TextSpan.Kind.LINK, 4, 17, "https://x.org")),
                SpanCodec.decode(SpanCodec.encode(List.of(new TextSpan(TextSpan.Kind.LINK, 4, 17, "https://x.org")))));
    }

    @Test
    void writesTheStoredShape() {
        assertEquals("[{\"kind\":\"link\",\"start\":4,\"end\":17,\"target\":\"a\\\"b\"},{\"kind\":\"format\",\"start\":0,\"end\":3}]",
                SpanCodec.encode(List.of(new TextSpan(TextSpan.Kind.LINK, 4, 17, "a\"b"),
                        new TextSpan(TextSpan.Kind.FORMAT, 0, 3, null))));
        assertNull(SpanCodec.encode(List.of()));
        assertEquals(List.of(), SpanCodec.decode(null));
    }
}
