-- Schema version 5: the language an export's own words were in (its system lines and markers, which
-- the exporting app writes in its user's language), per conversation, when the export tells it. The
-- invitations to the people of a chat are written in it unless the user chooses another.
ALTER TABLE conversations ADD COLUMN language TEXT;
