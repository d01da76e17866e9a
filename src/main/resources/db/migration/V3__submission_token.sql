-- The token of the checklist form a submission came from: a second click or a resent form with the same
-- token gets the code of the first, not a second code. Unique, and NULL for submissions made before it.
ALTER TABLE submission ADD COLUMN submit_token VARCHAR(64);
CREATE UNIQUE INDEX submission_submit_token ON submission (submit_token);
