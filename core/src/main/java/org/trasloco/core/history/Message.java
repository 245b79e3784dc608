package org.trasloco.core.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation, as the export shows it.
 *
 * @param id the stable id (see {@link org.trasloco.core.ids.MessageIds}); also the XMPP origin-id
 *     and archive key
 * @param conversationKey the {@link Conversation#key()} of its conversation
 * @param sequence position in the export, 0-based, in export order
 * @param timestamp the wall-clock time as written in the export
 * @param instant the moment in UTC when the export carries it, else {@code null}
 * @param author the sender's cleaned name, or {@code null} for system lines
 * @param authorId the platform's sender id, or {@code null}
 * @param kind message, system line or deleted
 * @param text the text, markers removed, otherwise verbatim (line breaks as {@code \n})
 * @param attachments the files it carries
 * @param mediaOmitted whether the export left out a medium here ("media omitted")
 * @param edited whether the message was edited
 * @param platformId the export's own message id (Telegram), or {@code null}
 * @param replyTo the {@code platformId} of the message this replies to, or {@code null}
 * @param forwardedFrom the original sender's name of a forwarded message, or {@code null}
 * @param approximateTime whether the time was inferred from a neighbour, not written for this message
 * @param spans links and mentions inside {@code text}
 * @param sourceLine the line in the export where the message starts, 1-based, or 0 when not line based
 */
public record Message(
        String id,
        String conversationKey,
        long sequence,
        LocalDateTime timestamp,
        Instant instant,
        String author,
        String authorId,
        MessageKind kind,
        String text,
        List<Attachment> attachments,
        boolean mediaOmitted,
        boolean edited,
        String platformId,
        String replyTo,
        String forwardedFrom,
        boolean approximateTime,
        List<TextSpan> spans,
        long sourceLine) {

    /**
     * Checks the components and copies the lists.
     *
     * @param id the stable id
     * @param conversationKey the conversation
     * @param sequence position in the export
     * @param timestamp wall-clock time
     * @param instant UTC moment or {@code null}
     * @param author sender or {@code null}
     * @param authorId platform sender id or {@code null}
     * @param kind message, system or deleted
     * @param text the text
     * @param attachments files
     * @param mediaOmitted media left out
     * @param edited edited
     * @param platformId export's message id or {@code null}
     * @param replyTo replied message's platform id or {@code null}
     * @param forwardedFrom original sender or {@code null}
     * @param approximateTime inferred time
     * @param spans links and mentions
     * @param sourceLine first line in the export
     */
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        text = WellFormedText.of(text);
        author = WellFormedText.of(author);
        forwardedFrom = WellFormedText.of(forwardedFrom);
        attachments = List.copyOf(attachments);
        spans = List.copyOf(spans);
        if (kind == MessageKind.SYSTEM && author != null) {
            throw new IllegalArgumentException("a system line has no author");
        }
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Message}; importers fill what their export has and leave the rest at the
     * defaults (no instant, no author id, plain message, no attachments, no flags).
     */
    public static final class Builder {
        private String id;
        private String conversationKey;
        private long sequence;
        private LocalDateTime timestamp;
        private Instant instant;
        private String author;
        private String authorId;
        private MessageKind kind = MessageKind.MESSAGE;
        private String text = "";
        private List<Attachment> attachments = List.of();
        private boolean mediaOmitted;
        private boolean edited;
        private String platformId;
        private String replyTo;
        private String forwardedFrom;
        private boolean approximateTime;
        private List<TextSpan> spans = List.of();
        private long sourceLine;

        private Builder() {
        }

        /** Sets the stable id; returns this builder. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets the conversation key; returns this builder. */
        public Builder conversationKey(String value) {
            this.conversationKey = value;
            return this;
        }

        /** Sets the position in the export; returns this builder. */
        public Builder sequence(long value) {
            this.sequence = value;
            return this;
        }

        /** Sets the wall-clock time; returns this builder. */
        public Builder timestamp(LocalDateTime value) {
            this.timestamp = value;
            return this;
        }

        /** Sets the UTC moment; returns this builder. */
        public Builder instant(Instant value) {
            this.instant = value;
            return this;
        }

        /** Sets the sender's name; returns this builder. */
        public Builder author(String value) {
            this.author = value;
            return this;
        }

        /** Sets the platform's sender id; returns this builder. */
        public Builder authorId(String value) {
            this.authorId = value;
            return this;
        }

        /** Sets the kind; returns this builder. */
        public Builder kind(MessageKind value) {
            this.kind = value;
            return this;
        }

        /** Sets the text; returns this builder. */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /** Adds a file the message carries; returns this builder. */
        public Builder attachment(Attachment value) {
            if (attachments.isEmpty()) {
                attachments = new ArrayList<>(1);
            }
            attachments.add(value);
            return this;
        }

        /** Sets whether media were left out; returns this builder. */
        public Builder mediaOmitted(boolean value) {
            this.mediaOmitted = value;
            return this;
        }

        /** Sets whether the message was edited; returns this builder. */
        public Builder edited(boolean value) {
            this.edited = value;
            return this;
        }

        /** Sets the export's own id; returns this builder. */
        public Builder platformId(String value) {
            this.platformId = value;
            return this;
        }

        /** Sets the replied message's platform id; returns this builder. */
        public Builder replyTo(String value) {
            this.replyTo = value;
            return this;
        }

        /** Sets the original sender of a forward; returns this builder. */
        public Builder forwardedFrom(String value) {
            this.forwardedFrom = value;
            return this;
        }

        /** Sets whether the time was inferred; returns this builder. */
        public Builder approximateTime(boolean value) {
            this.approximateTime = value;
            return this;
        }

        /** Adds a link or mention in the text; returns this builder. */
        public Builder span(TextSpan value) {
            if (spans.isEmpty()) {
                spans = new ArrayList<>(2);
            }
            spans.add(value);
            return this;
        }

        /** Sets the first line in the export; returns this builder. */
        public Builder sourceLine(long value) {
            this.sourceLine = value;
            return this;
        }

        /** Builds the message; id, conversation key, timestamp and text are required. */
        public Message build() {
            return new Message(id, conversationKey, sequence, timestamp, instant, author, authorId, kind, text,
                    attachments, mediaOmitted, edited, platformId, replyTo, forwardedFrom, approximateTime, spans,
                    sourceLine);
        }
    }
}
