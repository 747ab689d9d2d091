-- Secrets the application generates at first start and keeps with its data (the key of log tags), so that
-- every instance and every restart uses the same one. Runs on H2 and PostgreSQL alike.
create table app_secret (
    secret_name  varchar(32)  not null primary key,
    secret_value varchar(128) not null
);
