package org.trasloco.xmpp.login;

import org.trasloco.core.address.XmppAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.registration.AccountCreator;
import org.trasloco.xmpp.registration.AccountRequest;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** The test server with SQLite storage (what large archive imports use) works like the default one. */
class SqlStorageIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyConfig.defaults().withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false));

    @Test
    void accountsLiveInTheSqliteDatabase(TestProsody prosody) {
        String name = TestAccounts.uniqueName("zoe");
        new AccountCreator(TestAccounts.connector()).create(
                AccountRequest.named(prosody.address(), name, Password.of("pw")), (form, questions) -> new RegistrationAnswers());

        AccountLogin.CheckedAccount checked = new AccountLogin(TestAccounts.connector())
                .check(XmppAddress.account(name + "@localhost"), prosody.address(), Password.of("pw"));

        assertEquals(name + "@localhost", checked.jid());
        assertTrue(Files.exists(prosody.baseDirectory().resolve("data").resolve("prosody.sqlite")));
    }
}
