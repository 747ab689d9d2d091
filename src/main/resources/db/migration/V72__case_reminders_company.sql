-- Reminders of an untaken case back off (30 min, 1 h, 2 h… up to a cap): how many were sent so far.
alter table escalation_case add column reminder_count integer default 0 not null;
-- The company's name as the person gave it when the case opened, for the consultants' /casos list.
alter table escalation_case add column company varchar(128);
