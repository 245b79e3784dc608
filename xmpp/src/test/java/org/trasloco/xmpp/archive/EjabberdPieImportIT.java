package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.pie.PieExporter;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.TestEjabberd;

/**
 * What docs/operators.md says of ejabberd's XEP-0227 import ({@code ejabberdctl import_piefxis}):
 * given the file {@code trasloco export-pie} writes, it reports success and imports no archive.
 * Should a later ejabberd import archives, this test fails and the documentation must change.
 */
class EjabberdPieImportIT {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false));

    @TempDir
    Path dir;

    @Test
    void ejabberdsXep0227ImportSucceedsAndImportsNoArchive(TestEjabberd ejabberd) {
        ArchiveAccount anna = ArchiveAccount.register(ejabberd, "anna");
        Path file = ejabberd.baseDirectory().resolve(anna.jid() + ".xml");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 2, 20, 0)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, anna.jid(), false);
            assertEquals(40, PieExporter.write(file, AccountAddress.parse(anna.jid()), plan, plan.summarize()));
        }

        String answer = ejabberd.command("import_piefxis", Map.of("file", file.toString()));

        assertTrue(answer.isEmpty() || answer.equals("0") || answer.equals("\"\""), "ejabberd reports success: " + answer);
        try (XmppSession session = anna.open()) {
            assertEquals(0, new ArchiveReader(session).read(null, null, item -> { }), "and the archive stays empty");
        }
    }
}
