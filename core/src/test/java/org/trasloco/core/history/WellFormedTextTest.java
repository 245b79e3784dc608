package org.trasloco.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A lone surrogate reads the same everywhere (issue 16: \uD800 in --ndjson, ? in the workspace and archive). */
class WellFormedTextTest {

    @Test
    void loneSurrogatesBecomeTheReplacementCharacterInEveryMessageField() {
        Message message = Message.builder().id("1").conversationKey("c").timestamp(LocalDateTime.of(2024, 1, 1, 0, 0))
                .author("A\uDC00").text("x\uD800y\uD83D\uDE00\uD83D").forwardedFrom("\uDFFF").build();
        assertEquals("x\uFFFDy\uD83D\uDE00\uFFFD", message.text(), "a pair (😀) is kept, lone halves are not");
        assertEquals("A\uFFFD", message.author());
        assertEquals("\uFFFD", message.forwardedFrom());
    }

    @Test
    void wellFormedTextIsReturnedAsItIs() {
        String text = "plain 😀 text";
        assertSame(text, WellFormedText.of(text));
    }
}
