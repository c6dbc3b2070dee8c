-- The list pages show the newest incidents first (date_from desc nulls last, id desc). With an
-- index in exactly that order, a page is read straight off it instead of sorting the whole filter.
create index if not exists incident_published_newest on incident (date_from desc nulls last, id desc)
    where status = 'PUBLISHED';
