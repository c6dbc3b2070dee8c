-- Reported statistics change the analysis table too: they bump the same data version that
-- incidents bump, so every cache keyed by it sees them. They leave the map's cells alone.
create function bump_data_version() returns trigger language plpgsql as $$
begin
    update map_cell_state set version = nextval('incident_data_version') where id = 1;
    return null;
end;
$$;

create trigger reported_statistic_data_version
    after insert or update or delete or truncate on reported_statistic
    for each statement execute function bump_data_version();

create trigger statistic_source_data_version
    after insert or update or delete or truncate on statistic_source
    for each statement execute function bump_data_version();
