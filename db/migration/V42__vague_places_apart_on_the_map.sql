-- Incidents located only to a country or a region are not drawn as clusters on the map: their
-- point is the area's centre, and a cluster there would read as a hotspot. The map lists them
-- apart ("somewhere in Belgium: 2"). Zoomed-in views count clusters live through this covering
-- index, which therefore holds only what clusters may hold, so the count stays index-only.
drop index if exists incident_map_covering;
create index incident_map_covering on incident (public_longitude, public_latitude)
    include (type, killed, injured, id, date_from, date_to, place_id)
    where status = 'PUBLISHED' and public_latitude is not null and public_geo_precision not in ('COUNTRY', 'REGION');

-- The map's cells were built with those incidents inside clusters: build them again.
update map_cell_state set version = -1 where id = 1;
