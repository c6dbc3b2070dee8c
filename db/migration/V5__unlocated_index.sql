-- The map lists the newest incidents that have no public coordinates beside it.
create index incident_unlocated on incident (date_from desc nulls last, id desc)
    where status = 'PUBLISHED' and public_latitude is null;
