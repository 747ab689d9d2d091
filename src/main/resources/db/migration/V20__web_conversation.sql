-- A web conversation first created from the chat page belongs to that browser: the hash of an
-- HttpOnly cookie, never the cookie itself. Conversations created by plain HTTP clients have no row.
-- Runs on H2 and PostgreSQL alike.
create table web_conversation (
    conversation varchar(64) not null primary key,
    browser      varchar(64) not null,
    created_at   timestamp with time zone not null
);
