package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.trasloco.xmpp.registration.NewAccountName.Problem;
import org.trasloco.xmpp.registration.NewAccountName.Unusable;
import org.trasloco.xmpp.registration.NewAccountName.Usable;

/** The name of a new account, checked as it is typed, with the rules every server applies. */
class NewAccountNameTest {

    @Test
    void aPlainNameIsUsedAsTheServerWillStoreIt() {
        assertEquals(new Usable("anna.rossi"), NewAccountName.check("  Anna.Rossi "));
        assertEquals(new Usable("nicolò_58"), NewAccountName.check("Nicolò_58"));
    }

    @Test
    void saysWhatIsWrongWithANameThatCannotWork() {
        assertEquals(new Unusable(Problem.EMPTY, ""), NewAccountName.check("   "));
        assertEquals(new Unusable(Problem.EMPTY, ""), NewAccountName.check(null));
        assertEquals(new Unusable(Problem.SPACE, ""), NewAccountName.check("anna rossi"));
        assertEquals(new Unusable(Problem.SPACE, ""), NewAccountName.check("anna\u00a0rossi"));
        assertEquals(new Unusable(Problem.CHARACTER, ":"), NewAccountName.check("anna:rossi"));
        assertEquals(new Unusable(Problem.CHARACTER, "'"), NewAccountName.check("d'angelo"));
        assertEquals(new Unusable(Problem.TOO_LONG, ""), NewAccountName.check("a".repeat(1024)));
    }

    @Test
    void aWholeAddressIsRecognisedAndItsNameOffered() {
        // People paste their whole new address where only the name is asked.
        assertEquals(new Unusable(Problem.WHOLE_ADDRESS, "anna"), NewAccountName.check("anna@serviziliberi.it"));
    }

    @Test
    void everyForbiddenCharacterIsNamed() {
        for (char c : NewAccountName.FORBIDDEN.toCharArray()) {
            if (c == '@') {
                continue;
            }
            assertEquals(new Unusable(Problem.CHARACTER, String.valueOf(c)), NewAccountName.check("a" + c + "b"));
        }
    }
}
