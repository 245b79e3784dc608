package org.trasloco.xmpp.archive.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.sm.StreamManagementException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.jxmpp.jid.EntityFullJid;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Notes to the user's own address. Each note goes to this session's own full address, so that the
 * server archives it without storing it as an offline message or copying it to the user's phone
 * (carbons off with {@code <private/>}, XEP-0280, and {@code <no-copy/>}, XEP-0334). The original
 * date travels in {@code <delay/>}, the id in {@code <origin-id/>}. A batch is confirmed by stream
 * management acknowledgements (XEP-0198) when the server offers them, else by a ping answered after
 * the notes. Sending a note again would store it again, so unsure notes are looked up in the archive.
 * A note that changed after it was sent gets a correction (XEP-0308): a new note that names the one
 * it replaces, which apps show in its place.
 */
final class NotesChannel implements Channel {

    private static final int BATCH = 100;
    private static final int STANZA_OVERHEAD = 400;

    private final XmppSession session;

    NotesChannel(XmppSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public int maxItems() {
        return BATCH;
    }

    @Override
    public int maxBatchBytes() {
        return 200 * 1024;
    }

    @Override
    public int itemBytes(ArchiveEntry entry) {
        return entry.bodyBytes() + STANZA_OVERHEAD;
    }

    @Override
    public int window() {
        return 1;
    }

    @Override
    public Pending send(List<ArchiveEntry> batch, String after) {
        Set<String> stored = deliver(batch, id -> null);
        return new Pending() {
            @Override
            public Set<String> await() {
                return stored;
            }

            @Override
            public void abandon() {
                // Nothing is waiting.
            }
        };
    }

    /**
     * Sends notes and waits until the server has them.
     *
     * @param batch the notes
     * @param replaces for each note's id, the id of the note it corrects, or {@code null}
     * @return the ids of the notes the server has
     */
    Set<String> deliver(List<ArchiveEntry> batch, Function<String, String> replaces) {
        XMPPTCPConnection connection = session.connection();
        EntityFullJid self = connection.getUser();
        boolean streamManagement = connection.isSmEnabled();
        CountDownLatch acknowledged = new CountDownLatch(streamManagement ? batch.size() : 0);
        try {
            for (ArchiveEntry entry : batch) {
                Message note = note(entry, self, replaces.apply(entry.id()));
                if (streamManagement) {
                    connection.addStanzaIdAcknowledgedListener(entry.id(), stanza -> acknowledged.countDown());
                }
                connection.sendStanza(note);
            }
            if (streamManagement) {
                connection.requestSmAcknowledgement();
                long timeout = session.settings().replyTimeout().toMillis();
                if (!acknowledged.await(timeout, TimeUnit.MILLISECONDS)) {
                    throw new TraslocoException(TraslocoException.Kind.CONNECTION, LocalizedText.of(
                            XmppMessages.SESSION_TIMEOUT, session.address().domain(),
                            LocalizedText.of(ArchiveMessages.STEP_NOTES)), null);
                }
            } else {
                session.request(new Ping(connection.getXMPPServiceDomain()), ArchiveMessages.STEP_NOTES);
            }
        } catch (StreamManagementException.StreamManagementNotEnabledException | SmackException.NotConnectedException e) {
            throw session.lost(e, ArchiveMessages.STEP_NOTES);
        } catch (XMPPException.XMPPErrorException e) {
            throw new TraslocoException(TraslocoException.Kind.REFUSED, LocalizedText.of(ArchiveMessages.NOTES_REFUSED,
                    session.address().domain(), e.getStanzaError().getCondition().toString()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
        Set<String> ids = new HashSet<>();
        batch.forEach(entry -> ids.add(entry.id()));
        return ids;
    }

    private static Message note(ArchiveEntry entry, EntityFullJid self, String replaces) {
        MessageBuilder note = StanzaBuilder.buildMessage(entry.id()).to(self).ofType(Message.Type.chat)
                .setBody(entry.body())
                .addExtension(new DelayInformation(Date.from(entry.instant())))
                .addExtension(StandardExtensionElement.builder("origin-id", "urn:xmpp:sid:0")
                        .addAttribute("id", entry.id()).build())
                .addExtension(new StandardExtensionElement("private", "urn:xmpp:carbons:2"))
                .addExtension(new StandardExtensionElement("no-copy", "urn:xmpp:hints"));
        for (String link : entry.links()) {
            note.addExtension(StandardExtensionElement.builder("x", "jabber:x:oob").addElement("url", link).build());
        }
        if (replaces != null) {
            note.addExtension(StandardExtensionElement.builder("replace", "urn:xmpp:message-correct:0")
                    .addAttribute("id", replaces).build());
        }
        return note.build();
    }

    @Override
    public Set<String> stored(Set<String> unsure, Instant since) {
        Set<String> found = new HashSet<>();
        String owner = session.user().orElseThrow().toString();
        new ArchiveReader(session).read(owner, since.minus(Duration.ofMinutes(2)), item -> {
            if (item.originId() != null && unsure.contains(item.originId())) {
                found.add(item.originId());
            }
        });
        return found;
    }

    @Override
    public boolean duplicatesOnResend() {
        return true;
    }
}
