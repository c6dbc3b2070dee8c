-- Data versions come from a sequence, which never hands out a number twice, even when the
-- transaction that took it rolls back: a cache keyed by a version can never meet other data.
create sequence incident_data_version;
select setval('incident_data_version', (select greatest(version, 1) from map_cell_state where id = 1));

create or replace function map_cell_mark_stale() returns trigger language plpgsql as $$
begin
    update map_cell_state set stale = true, version = nextval('incident_data_version') where id = 1;
    return null;
end;
$$;
