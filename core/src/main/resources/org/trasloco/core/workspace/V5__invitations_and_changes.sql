-- Schema version 5: what a later upload needs to change history already uploaded, and the
-- invitations the user's server made. (Written as V5 on the server-invites branch; the number is the
-- script's place in SchemaMigrator.SCRIPTS.)

-- Per message sent: the correspondent it was filed under (the other party, as MAM's "with"; the
-- account itself for notes) and a short digest of its text and attachment links, both as sent. A
-- later upload compares them with the history as it is now: a correspondent that changed (an
-- invited person's real address instead of a placeholder) is re-addressed, a content that changed
-- (an attachment uploaded since) is replaced. NULL for messages sent before version 5: taken as
-- unchanged.
ALTER TABLE upload_ledger ADD COLUMN correspondent TEXT;
ALTER TABLE upload_ledger ADD COLUMN content TEXT;

-- Invitations the user's server made (XEP-0401, ad-hoc command urn:xmpp:invite#invite) for the
-- people marked "invite": one current invitation per person and account (a renewed one replaces an
-- expired one). uri: the xmpp: link with its token; landing_url: the server's own web page for it,
-- when it has one; expires: when the server said the token expires (NULL when it did not say);
-- used_by: the address of the account that used it, once Trasloco knows it.
CREATE TABLE server_invitations (
    account     TEXT    NOT NULL,
    contact_id  INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    uri         TEXT    NOT NULL,
    landing_url TEXT,
    expires     TEXT,
    created_at  TEXT    NOT NULL,
    used_by     TEXT,
    used_at     TEXT,
    PRIMARY KEY (account, contact_id)
) WITHOUT ROWID;
