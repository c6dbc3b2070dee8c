-- The coding trackers use (ACLED's sub-events, ANP's counts by target and time of night): a
-- sub-type within each type, what was hit, when in the day, and the keys that find earlier
-- incidents at the same street or address. Every value is null when the sources do not say.

alter table incident
    add column subtype text check (subtype in (
        'GRENADE', 'EXPLOSIVE_DEVICE', 'FIREWORKS_BOMB', 'UNKNOWN',
        'MOLOTOV', 'VEHICLE_ARSON', 'BUILDING_ARSON',
        'AT_PERSON', 'AT_BUILDING', 'AT_VEHICLE',
        'DEVICE_FOUND', 'GRENADE_FOUND', 'THREAT_AGAINST_PERSON')),
    add column target text check (target in ('HOME', 'BUSINESS', 'VEHICLE', 'PERSON', 'PUBLIC_BUILDING')),
    add column time_of_day text check (time_of_day in ('NIGHT', 'MORNING', 'AFTERNOON', 'EVENING')),
    add column time_reported time check (time_reported is null or time_reported = date_trunc('minute', time_reported)),
    add column time_precision text check (time_precision in ('MINUTE', 'HOUR', 'PART_OF_DAY'));

-- A sub-type belongs to one type: a grenade is an explosion, a Molotov cocktail an arson.
alter table incident add constraint incident_subtype_of_type check (subtype is null
    or (type = 'EXPLOSION' and subtype in ('GRENADE', 'EXPLOSIVE_DEVICE', 'FIREWORKS_BOMB', 'UNKNOWN'))
    or (type = 'ARSON' and subtype in ('MOLOTOV', 'VEHICLE_ARSON', 'BUILDING_ARSON'))
    or (type = 'SHOOTING' and subtype in ('AT_PERSON', 'AT_BUILDING', 'AT_VEHICLE'))
    or (type = 'THREAT' and subtype in ('DEVICE_FOUND', 'GRENADE_FOUND', 'THREAT_AGAINST_PERSON')));

-- The time and its precision go together, and a clock time lies in its part of the day
-- (night 00:00-05:59, morning 06:00-11:59, afternoon 12:00-17:59, evening 18:00-23:59).
alter table incident add constraint incident_time_precision check (
    (time_of_day is null) = (time_precision is null)
    and (time_reported is null) = (time_precision is null or time_precision = 'PART_OF_DAY')
    and (time_precision <> 'HOUR' or extract(minute from time_reported) = 0)
    and (time_reported is null or time_of_day = case
        when time_reported < time '06:00' then 'NIGHT'
        when time_reported < time '12:00' then 'MORNING'
        when time_reported < time '18:00' then 'AFTERNOON'
        else 'EVENING' end));

comment on column incident.subtype is 'What kind of the type, as ACLED''s sub-events: EXPLOSION: GRENADE, EXPLOSIVE_DEVICE, FIREWORKS_BOMB (a Cobra), UNKNOWN (an explosion of unknown kind); ARSON: MOLOTOV, VEHICLE_ARSON, BUILDING_ARSON; SHOOTING: AT_PERSON, AT_BUILDING, AT_VEHICLE; THREAT: DEVICE_FOUND, GRENADE_FOUND, THREAT_AGAINST_PERSON. Null when not reported or when the type has no sub-types';
comment on column incident.target is 'What was hit or aimed at: HOME (a dwelling, its door or facade), BUSINESS (a shop, cafe, company), VEHICLE, PERSON, PUBLIC_BUILDING (town hall, police station, court). Null when not reported';
comment on column incident.time_of_day is 'Part of the day it happened, as reported or derived from time_reported: NIGHT 00:00-05:59, MORNING 06:00-11:59, AFTERNOON 12:00-17:59, EVENING 18:00-23:59. Null when not reported';
comment on column incident.time_reported is 'The clock time the sources give, local time in Belgium or the Netherlands; null when they give only a part of the day or nothing';
comment on column incident.time_precision is 'How precisely the sources give the time: MINUTE ("at 03:15"), HOUR ("around 3 a.m.", stored as 03:00), PART_OF_DAY ("at night", no clock time). Null when not reported';

-- Repeat targets: the street without house number and the whole address, folded (lower case,
-- common accents removed, spaces evened out), so "Kerkstraat 12" and "kerkstraat 14 bus 2" share
-- a street and "Kerkstraat 12" twice shares an address. Hidden streets get keys too: the queries
-- that read them for the public leave hidden incidents out on both sides.
alter table incident
    add column street_key text generated always as (nullif(btrim(regexp_replace(regexp_replace(
        translate(lower(street), 'àáâäãèéêëìíîïòóôöõùúûüçñ''’', 'aaaaaeeeeiiiiooooouuuucn  '),
        '\m(bus|boite|box)\M\s*\S+|[0-9]+[a-z]?\M', ' ', 'g'), '[\s,.;/-]+', ' ', 'g')), '')) stored,
    add column address_key text generated always as (case when street ~ '[0-9]' then btrim(regexp_replace(
        translate(lower(street), 'àáâäãèéêëìíîïòóôöõùúûüçñ''’', 'aaaaaeeeeiiiiooooouuuucn  '),
        '[\s,.;/-]+', ' ', 'g')) end) stored;

comment on column incident.street_key is 'The street without house number, folded; incidents with the same street_key in the same municipality are at the same street (repeat targets). Maintained by PostgreSQL';
comment on column incident.address_key is 'The street with house number, folded; null when the street has no number. The same address_key in the same municipality is the same address. Maintained by PostgreSQL';

create index incident_street_key on incident (street_key) where street_key is not null;

-- Filters on the coding: few values each, so plain indexes on the published rows.
create index incident_subtype on incident (subtype) where status = 'PUBLISHED' and subtype is not null;
create index incident_target on incident (target) where status = 'PUBLISHED' and target is not null;

-- Actors (incident_actor, since V2) are filtered by name, in any case.
create index incident_actor_name on incident_actor (lower(name));

comment on table incident_actor is 'Groups and networks named in connection with an incident (the "groups" of the API and the exports), filterable with group=';
comment on column incident_actor.name is 'The group as the sources name it, e.g. Mocro Maffia; the filter compares names without case';
comment on column incident_actor.role is 'PERPETRATOR (said to have done it), TARGET (said to be its target) or NAMED (named in connection, role not said)';

-- CSV imports stage the coding with the other columns (see V27).
alter table import_row
    add column subtype text,
    add column target text,
    add column time_of_day text,
    add column time_reported time,
    add column time_precision text,
    add column groups text[] not null default '{}';

comment on column import_row.subtype is 'As incident.subtype';
comment on column import_row.target is 'As incident.target';
comment on column import_row.time_of_day is 'As incident.time_of_day';
comment on column import_row.time_reported is 'As incident.time_reported';
comment on column import_row.time_precision is 'As incident.time_precision';
comment on column import_row.groups is 'The names of the groups named, as incident_actor.name (role NAMED)';
