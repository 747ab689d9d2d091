-- Several instances on one database. Runs on H2 and PostgreSQL alike.
-- An outbox row being sent is claimed by one instance until claimed_until (a lease): another instance
-- skips it meanwhile, and takes it over once the lease has run out (its sender died).
alter table outbox_message add column claimed_by varchar(128);
alter table outbox_message add column claimed_until timestamp with time zone;

-- Named leases shared by the instances: a scheduled job runs where its lease was won, and only one
-- instance long-polls Telegram.
create table cluster_lock (
    name         varchar(64)  not null primary key,
    locked_until timestamp with time zone not null,
    locked_at    timestamp with time zone not null,
    locked_by    varchar(128) not null
);
