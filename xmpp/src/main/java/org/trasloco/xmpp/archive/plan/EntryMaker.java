package org.trasloco.xmpp.archive.plan;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.RoomAuthor;
import org.trasloco.xmpp.archive.XmlText;
import org.trasloco.xmpp.archive.people.Correspondent;
import org.trasloco.xmpp.archive.people.Correspondents;
import org.trasloco.xmpp.archive.people.PlaceholderAddress;

/**
 * Turns workspace messages into archive entries. A message of a direct chat goes from its author to
 * the user or from the user to the chat's other person, with the mapped addresses (placeholders for
 * people not mapped). Group chats and channels, and every chat on the notes path, become notes to the
 * user's own address that name the conversation, the date and the author in the text. A text longer
 * than {@value #MAX_BODY_BYTES} bytes is split into parts ({@code ID}, {@code ID-2}, …) that any
 * server takes. The result depends only on the inputs: the read-back rebuilds the same entries.
 *
 * <p>A maker {@link #forRoom for a group chat's own archive} instead makes each message of a group
 * a message of the room, under its author's nickname there and with their real address when known.
 */
public final class EntryMaker {

    /** The longest body sent in one message, in UTF-8 bytes; the protocol's servers take 10,000. */
    public static final int MAX_BODY_BYTES = 8_000;

    private final String owner;
    private final Correspondents people;
    private final Locale locale;
    private final boolean notesOnly;
    private final MediaLinks links;
    private final DateTimeFormatter dates;
    private final Map<String, String> addresses = new HashMap<>();
    /** The room whose archive takes the messages, or {@code null} for the user's own archive. */
    private final String room;
    private final Function<String, RoomAuthor> authors;

    /**
     * A maker for one account.
     *
     * @param owner the user's bare address
     * @param people who the participants are
     * @param locale the language of labels in notes and of attachment lines
     * @param notesOnly whether every conversation becomes notes (the notes path)
     * @param links addresses of uploaded attachments
     */
    public EntryMaker(String owner, Correspondents people, Locale locale, boolean notesOnly, MediaLinks links) {
        this(owner, people, locale, notesOnly, links, null, null);
    }

    private EntryMaker(String owner, Correspondents people, Locale locale, boolean notesOnly, MediaLinks links,
            String room, Function<String, RoomAuthor> authors) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.people = Objects.requireNonNull(people, "people");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.notesOnly = notesOnly;
        this.links = Objects.requireNonNull(links, "links");
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.room = room;
        this.authors = authors;
    }

    /**
     * A maker for a group chat's own archive: each message of the group is from the room under its
     * author's nickname ({@code room/Nick}), with the author's real address when known.
     *
     * @param owner the user's bare address
     * @param room the room's bare address
     * @param authors who each participant of the group is in the room (by their name in the export)
     * @param locale the language of attachment lines
     * @param links addresses of uploaded attachments
     * @return the maker
     */
    public static EntryMaker forRoom(String owner, String room, Function<String, RoomAuthor> authors, Locale locale,
            MediaLinks links) {
        return new EntryMaker(owner, (network, conversation, name) -> Correspondent.UNKNOWN, locale, false, links,
                Objects.requireNonNull(room, "room"), Objects.requireNonNull(authors, "authors"));
    }

    /**
     * Why a message is left out, or {@code null} when it goes into the archive.
     *
     * @param message the message
     * @return the reason or {@code null}
     */
    public SkipReason skipReason(Message message) {
        if (message.kind() == MessageKind.SYSTEM || message.author() == null) {
            return SkipReason.SYSTEM;
        }
        if (message.kind() == MessageKind.DELETED) {
            return SkipReason.DELETED;
        }
        if (message.text().isBlank() && message.attachments().isEmpty() && !message.mediaOmitted()) {
            return SkipReason.EMPTY;
        }
        return null;
    }

    /**
     * Whether a conversation's messages become notes.
     *
     * @param conversation the conversation
     * @return {@code true} for group chats, channels and everything on the notes path
     */
    public boolean asNotes(ConversationSummary conversation) {
        return room == null && (notesOnly || conversation.kind() != ConversationKind.DIRECT);
    }

    /**
     * The entries of one message (one, or several parts of a very long text).
     *
     * @param timed the message with its moment and conversation
     * @param partner the other person of a direct chat (see {@link #partner}); ignored for notes
     * @return the entries, empty when the message is skipped
     */
    public List<ArchiveEntry> entries(TimedMessage timed, String partner) {
        Message message = timed.message();
        if (skipReason(message) != null) {
            return List.of();
        }
        ConversationSummary conversation = timed.conversation();
        boolean note = asNotes(conversation);
        String content = content(message);
        String from;
        String to;
        String prefix = "";
        RoomAuthor inRoom = null;
        if (room != null) {
            inRoom = authors.apply(message.author());
            from = room + "/" + inRoom.nickname();
            to = room;
        } else if (note) {
            from = owner;
            to = owner;
            prefix = LocalizedText.of(ArchiveMessages.NOTE_HEADER, networkName(conversation.network()),
                    conversation.title(), dates.format(message.timestamp()), message.author()).format(locale) + "\n";
        } else {
            String author = address(conversation.network(), conversation.key(), message.author());
            boolean mine = author.equals(owner);
            from = mine ? owner : author;
            to = mine ? partner : owner;
        }
        List<String> parts = split(XmlText.clean(content), MAX_BODY_BYTES - bytes(prefix));
        List<ArchiveEntry> entries = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String id = i == 0 ? message.id() : message.id() + "-" + (i + 1);
            entries.add(new ArchiveEntry(id, conversation.network(), conversation.key(), timed.instant(), from, to,
                    XmlText.clean(prefix + parts.get(i)), i == 0 ? attachmentLinks(message) : List.of(), note, inRoom));
        }
        return entries;
    }

    /**
     * The other person of a direct chat: the first participant who is not the user, or, when only
     * the user wrote, the person the chat is named after.
     *
     * @param conversation the conversation
     * @param participantNames its participants, most active first
     * @return their bare address (mapped or placeholder)
     */
    public String partner(ConversationSummary conversation, List<String> participantNames) {
        for (String name : participantNames) {
            String address = address(conversation.network(), conversation.key(), name);
            if (!address.equals(owner)) {
                return address;
            }
        }
        return address(conversation.network(), conversation.key(), conversation.title());
    }

    /**
     * The address of a participant: the user's own, a mapped one, or a placeholder.
     *
     * @param network the network
     * @param conversationKey the conversation
     * @param name the participant's name
     * @return a bare address
     */
    public String address(Network network, String conversationKey, String name) {
        return addresses.computeIfAbsent(network.id() + "\u0000" + conversationKey + "\u0000" + name, key -> {
            Correspondent who = people.resolve(network, conversationKey, name);
            if (who instanceof Correspondent.Me) {
                return owner;
            }
            if (who instanceof Correspondent.Known known) {
                return known.address();
            }
            return PlaceholderAddress.of(network, name);
        });
    }

    private String content(Message message) {
        List<String> lines = new ArrayList<>();
        if (!message.text().isEmpty()) {
            lines.add(message.text());
        }
        List<Attachment> attachments = message.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            String fileName = attachments.get(i).fileName();
            lines.add(links.link(message.id(), i)
                    .orElseGet(() -> LocalizedText.of(ArchiveMessages.BODY_ATTACHMENT, fileName).format(locale)));
        }
        if (message.mediaOmitted() && attachments.isEmpty()) {
            lines.add(LocalizedText.of(ArchiveMessages.BODY_MEDIA_OMITTED).format(locale));
        }
        return String.join("\n", lines);
    }

    private List<String> attachmentLinks(Message message) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < message.attachments().size(); i++) {
            links.link(message.id(), i).ifPresent(found::add);
        }
        return found;
    }

    private String networkName(Network network) {
        return LocalizedText.of(network == Network.WHATSAPP ? ArchiveMessages.NETWORK_WHATSAPP
                : ArchiveMessages.NETWORK_TELEGRAM).format(locale);
    }

    /** Splits a text into parts of at most {@code limit} UTF-8 bytes, never inside a character. */
    static List<String> split(String text, int limit) {
        if (bytes(text) <= limit) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int size = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (size + width > limit) {
                parts.add(text.substring(start, i));
                start = i;
                size = 0;
            }
            size += width;
            i += Character.charCount(codePoint);
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
