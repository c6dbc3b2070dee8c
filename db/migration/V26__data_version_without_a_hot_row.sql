-- The data version, without one row that every writer waits for.
--
-- Until now every change to incidents or reported figures updated the single row map_cell_state, and held
-- its lock until it committed: writers queued behind the longest of them (a 20,000-row import froze every
-- editor for minutes), and the map cells' rebuild held the same row for as long as it ran.
--
-- Now a change adds one to one of 16 counters, one that no other open transaction holds, so writers
-- running at the same time touch different rows and do not wait for each other. The data version is the
-- sum of the counters. It is read like any data: a change and the version it makes become visible to
-- others together, at its commit, so a reader never sees a new version before the rows behind it. Every commit adds at least one and a snapshot sees every commit an earlier one saw, so a
-- version is never used for two states of the data. Every instance of the application reads the same one.
create table data_version_slot (
    slot     smallint primary key check (slot between 0 and 15),
    changes  bigint   not null default 0 check (changes >= 0)
);

comment on table data_version_slot is 'Counters of committed changes to incidents and reported figures; the data version (data_version()) is their sum. Sixteen, so that concurrent writers do not wait for each other';
comment on column data_version_slot.slot is 'Which counter: a writer takes one that no other open transaction holds, preferring pg_backend_pid() % 16';
comment on column data_version_slot.changes is 'Statements that changed incidents or reported figures through this counter; only grows';

-- the sum continues after the last version handed out, so versions, and the ETags made from them, never go back
insert into data_version_slot (slot, changes)
select s, case when s = 0 then greatest((select last_value from incident_data_version),
                                        (select version from map_cell_state where id = 1)) + 1 else 0 end
from generate_series(0, 15) s;

create function data_version() returns bigint language sql stable as $$
    select sum(changes)::bigint from data_version_slot
$$;

comment on function data_version() is 'A number that grows with every committed change to incidents or reported figures: caches of them are keyed by it';

-- A counter that no other open transaction holds, this process's own first, so that a writer waits for
-- another only when sixteen write transactions are open at once.
create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version_slot set changes = changes + 1
     where slot = (select s.slot from data_version_slot s
                    order by (s.slot - pg_backend_pid() % 16 + 16) % 16
                    for update skip locked limit 1);
    if not found then
        update data_version_slot set changes = changes + 1 where slot = pg_backend_pid() % 16;
    end if;
    return null;
end;
$$;

-- incidents bump the same version as reported figures (V14), instead of marking the map cells stale
drop trigger map_cell_stale on incident;
drop function map_cell_mark_stale();

create trigger incident_data_version
    after insert or update or delete or truncate on incident
    for each statement execute function bump_data_version();

-- The map cells now say which version of the data they describe, and are fresh while it is the current one.
-- Their rebuild reads the incidents and the version in one snapshot and writes only map_cell and this row,
-- which no writer touches.
update map_cell_state set version = case when stale then -1 else data_version() end where id = 1;
alter table map_cell_state drop column stale;

comment on table map_cell_state is 'Which version of the data map_cell describes: one row';
comment on column map_cell_state.version is 'The data version (data_version()) the cells were built from; they are stale when it is not the current one, and the map then computes from the incidents';
comment on column map_cell_state.built_at is 'When the cells were last rebuilt';

drop sequence incident_data_version;
