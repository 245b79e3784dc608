-- Schema version 1: the imported history.
-- One row per export read into the workspace (a file, a zip or a folder).
CREATE TABLE sources (
    id             INTEGER PRIMARY KEY,
    network        TEXT    NOT NULL,
    path           TEXT    NOT NULL,
    imported_at    TEXT    NOT NULL,
    messages_read  INTEGER NOT NULL DEFAULT 0,
    messages_added INTEGER NOT NULL DEFAULT 0,
    warnings       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE conversations (
    id      INTEGER PRIMARY KEY,
    network TEXT NOT NULL,
    key     TEXT NOT NULL,
    title   TEXT NOT NULL,
    kind    TEXT NOT NULL,
    UNIQUE (network, key)
);

CREATE TABLE participants (
    conversation_id INTEGER NOT NULL REFERENCES conversations (id),
    name            TEXT    NOT NULL,
    platform_id     TEXT,
    phone           TEXT,
    saved_contact   INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, name)
);

-- seq is the import order; id is the stable message id (also the XMPP origin-id). The id hashes the
-- conversation and the time, so (conversation_id, local_time, id) is unique exactly when id is; that
-- key grows in time order, which keeps large imports fast, and serves reading a conversation in order.
CREATE TABLE messages (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL,
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id),
    source_id        INTEGER NOT NULL REFERENCES sources (id),
    source_seq       INTEGER NOT NULL,
    source_line      INTEGER NOT NULL,
    local_time       TEXT    NOT NULL,
    instant          TEXT,
    author           TEXT,
    author_id        TEXT,
    kind             TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    media_omitted    INTEGER NOT NULL,
    edited           INTEGER NOT NULL,
    platform_id      TEXT,
    reply_to         TEXT,
    forwarded_from   TEXT,
    approximate_time INTEGER NOT NULL,
    spans            TEXT,
    UNIQUE (conversation_id, local_time, id)
);

CREATE TABLE attachments (
    message_id TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    file_name  TEXT    NOT NULL,
    media_type TEXT    NOT NULL,
    present    INTEGER NOT NULL,
    location   TEXT,
    source_id  INTEGER NOT NULL REFERENCES sources (id),
    PRIMARY KEY (message_id, position)
);

-- Small named values: wizard state, choices the user confirmed.
CREATE TABLE properties (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
