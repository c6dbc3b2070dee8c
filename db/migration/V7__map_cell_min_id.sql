-- A cell that holds one incident names it, so the map needs no second look-up for single markers.
alter table map_cell add column min_id bigint;
update map_cell_state set stale = true, version = version + 1 where id = 1;
