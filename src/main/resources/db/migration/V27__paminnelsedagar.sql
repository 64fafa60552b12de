-- Issue 15, deadline reminders: how many working days before each deadline the recipients of this
-- organisation's remisser are reminded. Per sender, because senders plan differently; null keeps
-- the installation's default (remiss.epost.paminnelsedagar), so changing the default reaches every
-- organisation that never chose its own.
ALTER TABLE organisation ADD COLUMN paminnelsedagar INTEGER;
