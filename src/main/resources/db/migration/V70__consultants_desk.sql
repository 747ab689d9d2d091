-- Case numbers come from a counter row updated in the opening's own transaction: a crash or a rollback
-- gives the number back, where an identity's cached block of values is lost and numbers jump.
create table escalation_case_counter (
    name       varchar(32) primary key,
    last_value bigint      not null
);
insert into escalation_case_counter (name, last_value) select 'case', coalesce(max(id), 0) from escalation_case;

-- How a consultant is shown to the people they help, set once with /soy in the consultants' chat.
-- The id is the channel's opaque user id, as cases keep it in taken_by_id.
create table consultant (
    id           varchar(64)  primary key,
    display_name varchar(128) not null,
    institution  varchar(128),
    word         varchar(16)  not null,
    updated_at   timestamp with time zone not null
);

-- The person's rating of a closed case (1 not useful, 2 so-so, 3 useful); close_reason keeps the outcome.
alter table escalation_case add column rating integer;
