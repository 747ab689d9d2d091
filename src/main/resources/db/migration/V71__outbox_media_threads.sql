-- Media passed on by Telegram's own reference (a file_id, or a place's "latitude,longitude"): no bytes are
-- kept, and the reference is forgotten with the text once the message left. The thread is the case a group
-- message belongs to, so it can be sent into that case's forum topic or as a reply to its card.
alter table outbox_message add column media_type varchar(16);
alter table outbox_message add column media_ref varchar(512);
alter table outbox_message add column thread varchar(64);

-- Where a case's messages go in a group: its forum topic, or the message they reply to (the case's card).
create table telegram_thread (
    chat       varchar(64) not null,
    thread     varchar(64) not null,
    topic_id   integer,
    message_id integer,
    primary key (chat, thread)
);
