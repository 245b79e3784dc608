-- Schema version 2: people. A contact is one person merged across conversations (DESIGN 3).
CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    decision     TEXT NOT NULL DEFAULT 'undecided',
    xmpp_address TEXT
);

-- A contact's other names ('alias'), E.164 numbers ('phone') and platform ids ('platform'), in order.
CREATE TABLE contact_details (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (contact_id, kind, position)
);

-- Which contact each participant of each conversation is.
CREATE TABLE contact_members (
    conversation_id  INTEGER NOT NULL,
    participant_name TEXT    NOT NULL,
    contact_id       INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (conversation_id, participant_name),
    FOREIGN KEY (conversation_id, participant_name) REFERENCES participants (conversation_id, name)
);

CREATE INDEX contact_members_by_contact ON contact_members (contact_id);

-- The user's own corrections: two participants are one person (same = 1) or two people (same = 0).
CREATE TABLE participant_links (
    first_conversation_id  INTEGER NOT NULL,
    first_name             TEXT    NOT NULL,
    second_conversation_id INTEGER NOT NULL,
    second_name            TEXT    NOT NULL,
    same                   INTEGER NOT NULL,
    PRIMARY KEY (first_conversation_id, first_name, second_conversation_id, second_name),
    FOREIGN KEY (first_conversation_id, first_name) REFERENCES participants (conversation_id, name),
    FOREIGN KEY (second_conversation_id, second_name) REFERENCES participants (conversation_id, name)
);

-- Phone-book entries (vCard files, Telegram's contact list) that match someone in the history.
-- An entry that matches nobody is never written (contacts.PhoneBookGate decides).
-- phones: the numbers as the phone book writes them, one per line.
CREATE TABLE phone_book (
    id          INTEGER PRIMARY KEY,
    origin      TEXT NOT NULL,
    name        TEXT NOT NULL,
    phones      TEXT NOT NULL,
    platform_id TEXT
);

CREATE INDEX phone_book_by_origin ON phone_book (origin);

-- Who made an export, when the export says so (Telegram's personal information; in WhatsApp, the
-- sender of "You deleted this message").
CREATE TABLE export_owners (
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    name        TEXT NOT NULL,
    phones      TEXT NOT NULL,
    platform_id TEXT
);
