-- The public full-text search must not find what the public may not see. A hidden location's
-- street (and house number) was in the search vector, so "q=Examplestraat 12" told anyone that a
-- hidden incident sits at that address. The street now enters the vector only when the location
-- is public; the summary and the locality are public text and stay searchable.

alter table incident drop column search_vector;

alter table incident add column search_vector tsvector generated always as (
    to_tsvector('english', summary
        || ' ' || case when location_hidden then '' else coalesce(street, '') end
        || ' ' || coalesce(locality, ''))) stored;

comment on column incident.search_vector is 'Public full-text search: the summary, the locality, and the street only when the location is not hidden';

create index incident_search on incident using gin (search_vector);
