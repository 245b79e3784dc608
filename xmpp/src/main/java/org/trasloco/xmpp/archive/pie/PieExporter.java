package org.trasloco.xmpp.archive.pie;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.XmlText;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.protocol.MessageXml;
import org.trasloco.core.address.XmppAddress;

/**
 * Writes one user's history as an XEP-0227 v1.1 file: {@code <server-data><host><user>} with a
 * roster of the people whose XMPP address is known and an {@code <archive
 * xmlns='urn:xmpp:pie:0#mam'>} of {@code <result/>}s in time order, each a {@code <forwarded/>}
 * with the original time in {@code <delay/>}, the message with its origin-id as the item id and the
 * import marker. Each result is one line with no whitespace inside; the same workspace always gives
 * the same bytes. The file holds no credentials: the account must exist on the server (or be created
 * by its operator).
 */
public final class PieExporter {

    private PieExporter() {
    }

    /**
     * Writes the file (to a temporary file first, then moved into place).
     *
     * @param file where to write
     * @param account the user's address on the server that will import the file
     * @param plan the history
     * @param summary the plan's numbers (for the roster)
     * @return how many messages were written
     * @throws TraslocoException {@code STORAGE} when the file cannot be written
     */
    public static long write(Path file, XmppAddress account, HistoryPlan plan, PlanSummary summary) {
        Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), ".trasloco-pie-", ".xml");
            long written;
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                written = write(out, account, plan, summary.knownPeople());
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The original failure is what matters.
                }
            }
            throw new TraslocoException(TraslocoException.Kind.STORAGE,
                    LocalizedText.of(ArchiveMessages.PIE_WRITE_FAILED, target), e);
        }
    }

    private static long write(Writer out, XmppAddress account, HistoryPlan plan, Map<String, String> roster)
            throws IOException {
        StringBuilder xml = new StringBuilder(1024);
        xml.append("<?xml version='1.0' encoding='UTF-8'?>\n<server-data xmlns='urn:xmpp:pie:0'>\n<host jid='");
        XmlText.escape(xml, account.domain());
        xml.append("'>\n<user name='");
        XmlText.escape(xml, account.local());
        xml.append("'>\n");
        if (!roster.isEmpty()) {
            xml.append("<query xmlns='jabber:iq:roster'>\n");
            roster.forEach((address, name) -> {
                xml.append("<item jid='");
                XmlText.escape(xml, address);
                xml.append("' name='");
                XmlText.escape(xml, XmlText.clean(name));
                xml.append("' subscription='none'/>\n");
            });
            xml.append("</query>\n");
        }
        xml.append("<archive xmlns='urn:xmpp:pie:0#mam'>\n");
        out.append(xml);
        long count = 0;
        try (HistoryPlan.Entries entries = plan.open()) {
            while (entries.hasNext()) {
                ArchiveEntry entry = entries.next();
                xml.setLength(0);
                xml.append("<result xmlns='urn:xmpp:mam:2' id='").append(entry.id()).append("'>");
                MessageXml.forwarded(xml, entry, true);
                xml.append("</result>\n");
                out.append(xml);
                count++;
            }
        }
        out.append("</archive>\n</user>\n</host>\n</server-data>\n");
        return count;
    }
}
