-- Pre-aggregated map clusters: published incidents counted per grid cell, zoom level, type
-- and year, so the map answers a viewport at any zoom without touching a million rows.
-- It is a cache: a statement trigger marks it stale on any change to incidents, a background
-- job rebuilds it, and while it is stale the map computes clusters from the incidents directly.

create table map_cell (
    level      smallint not null,
    cx         integer  not null,
    cy         integer  not null,
    type       text     not null,
    year_from  smallint not null,
    year_to    smallint not null,
    n          integer  not null,
    sum_lat    double precision not null,
    sum_lon    double precision not null,
    min_lat    double precision not null,
    min_lon    double precision not null,
    max_lat    double precision not null,
    max_lon    double precision not null,
    killed     bigint,
    injured    bigint,
    primary key (level, cx, cy, type, year_from, year_to)
);

comment on table map_cell is 'Cache of map clusters. Cell size at level L is 360 / 2^(L+2) degrees; rebuilt from incident when map_cell_state.stale';

create table map_cell_state (
    id        integer primary key check (id = 1),
    stale     boolean not null,
    built_at  timestamptz
);

insert into map_cell_state (id, stale) values (1, true);

create function map_cell_mark_stale() returns trigger language plpgsql as $$
begin
    update map_cell_state set stale = true where id = 1 and not stale;
    return null;
end;
$$;

create trigger map_cell_stale
    after insert or update or delete or truncate on incident
    for each statement execute function map_cell_mark_stale();
