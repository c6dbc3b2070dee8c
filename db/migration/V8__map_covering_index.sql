-- Zoomed-in map views count the incidents in a small box live. This index holds everything
-- that count reads, so it is an index-only scan instead of thousands of random heap reads.
create index incident_map_covering on incident (public_longitude, public_latitude)
    include (type, killed, injured, id, date_from, date_to, place_id)
    where status = 'PUBLISHED' and public_latitude is not null;
