-- Messages the bot may edit later (a case card, once taken and once closed). Runs on H2 and PostgreSQL alike.
-- An outbox piece may carry a name; once sent, the Telegram message it became is remembered under that
-- name in its chat, and a later piece of method EDIT changes that message instead of sending a new one.
alter table outbox_message add column ref varchar(100);

create table telegram_message_ref (
    chat        varchar(64)  not null,
    ref         varchar(100) not null,
    message_id  bigint       not null,
    sent_at     timestamp with time zone not null,
    primary key (chat, ref)
);
