-- Schema: the upload ledger. Which messages went to which account's archive and whether the server
-- confirmed them, so that an upload interrupted by a crash, a kill or a lost connection continues
-- where it stopped: nothing lost, nothing twice. (Written as V3 on its own branch; the number is the
-- script's place in SchemaMigrator.SCRIPTS.)
-- state: 'sent' (on its way, not confirmed) or 'acknowledged' (the server confirmed it is stored).
-- path: how it went, 'import' (the archive-import module) or 'notes' (a note to the user's own address).
CREATE TABLE upload_ledger (
    account         TEXT NOT NULL,
    message_id      TEXT NOT NULL,
    path            TEXT NOT NULL,
    state           TEXT NOT NULL,
    sent_at         TEXT NOT NULL,
    acknowledged_at TEXT,
    PRIMARY KEY (account, message_id)
) WITHOUT ROWID;

-- Attachments uploaded with HTTP File Upload (XEP-0363): where each one can be fetched, so that a
-- resumed upload links the same file instead of uploading it again.
CREATE TABLE upload_media (
    account     TEXT    NOT NULL,
    message_id  TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    url         TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    uploaded_at TEXT    NOT NULL,
    PRIMARY KEY (account, message_id, position)
) WITHOUT ROWID;
