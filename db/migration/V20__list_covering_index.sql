-- The list, the timeline and the place × year table read published incidents newest first, or
-- all of them, filtering on type, place, dates and killed. This index holds every column those
-- filters and aggregates read, in the list's order, so at a million incidents they are
-- index-only scans instead of random reads of the wide rows (summaries, search vectors). It
-- replaces incident_published_newest (V13), whose key it repeats.
create index incident_published_newest_covering on incident (date_from desc nulls last, id desc)
    include (date_to, date_precision, type, place_id, country_code, killed, injured)
    where status = 'PUBLISHED';

drop index if exists incident_published_newest;
