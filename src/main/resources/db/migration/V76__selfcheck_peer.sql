-- Each company's latest overall rank, one row per chat, for the peer comparison of a finished self-check.
-- Counting a sector's companies by rank then reads this table only, instead of grouping every result of
-- the sector by chat at each finish (a cost that grew with the table). Runs on H2 and PostgreSQL alike.
create table selfcheck_peer (
    chat         varchar(64) primary key,
    sector       varchar(32),
    overall_rank integer     not null
);
create index selfcheck_peer_sector on selfcheck_peer (sector, overall_rank);

insert into selfcheck_peer (chat, sector, overall_rank)
select r.chat, r.sector, r.overall_rank
from selfcheck_result r join (select max(id) as id from selfcheck_result group by chat) latest on r.id = latest.id;
