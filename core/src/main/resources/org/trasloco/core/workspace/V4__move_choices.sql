-- Schema: the user's choices for a move are kept by the move module under "move." names, for the
-- wizard and the command line alike. Earlier workspaces kept some under the wizard's and the
-- archive command's names; they keep their values under the new names.
UPDATE properties SET key = 'move.zone' WHERE key = 'wizard.zone';
UPDATE properties SET key = 'move.excluded' WHERE key = 'wizard.review.excluded';
UPDATE properties SET key = 'move.journey' WHERE key = 'wizard.audience';
UPDATE properties SET key = 'move.' || key WHERE key LIKE 'archive.%';
