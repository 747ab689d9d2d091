-- The case card as the consultants' group received it, so that taking and closing the case can edit it
-- in place (who took it and when, how it ended). Personal data: erased with the person's case.
alter table escalation_case add column card varchar(8000);
