package org.trasloco.app.cli.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.testing.BundleAssertions;
import org.trasloco.move.groups.RoomAnswer;

class GroupsCliTextTest {

    @Test
    void everyGroupsTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(GroupsCliText.class);
    }

    @Test
    void answersAreReadAsTyped() {
        assertEquals(Map.of("Famiglia Rossi", new RoomAnswer.Rename("famiglia"), "Book Club", new RoomAnswer.UseExisting()),
                GroupsPrinter.answers(List.of("Famiglia Rossi = famiglia"), List.of("Book Club")));
        assertEquals(Map.of("A=B", new RoomAnswer.Rename("c")), GroupsPrinter.answers(List.of("A=B=c"), List.of()),
                "the last = separates the room's name");
        for (String wrong : List.of("Famiglia", "=famiglia", "Famiglia=", " = ")) {
            TraslocoException refused = assertThrows(TraslocoException.class,
                    () -> GroupsPrinter.answers(List.of(wrong), List.of()));
            assertEquals(GroupsCliText.ANSWER_INVALID, refused.text().key());
        }
    }
}
