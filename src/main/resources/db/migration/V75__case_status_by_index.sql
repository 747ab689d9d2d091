-- Whether someone ever acted on a case (a consultant writing to the bot privately) is asked on the first
-- turns of every chat that has not consented yet: an index keeps that a lookup, not a scan of the history.
create index escalation_case_status_by on escalation_case_status (by_id);
