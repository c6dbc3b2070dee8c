-- A counter of changes to incidents, so caches of aggregates (in the database or in memory)
-- can tell whether they still describe the data.
alter table map_cell_state add column version bigint not null default 0;

create or replace function map_cell_mark_stale() returns trigger language plpgsql as $$
begin
    update map_cell_state set stale = true, version = version + 1 where id = 1;
    return null;
end;
$$;
