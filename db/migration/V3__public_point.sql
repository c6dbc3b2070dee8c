-- The point the public may see, kept by the database itself so that every writer (editors,
-- imports, generators) gets it right: the exact point, or, when the location is hidden to
-- protect a victim's home, the centroid of its district or city. Maps cluster on this point.

alter table incident
    add column public_latitude      double precision,
    add column public_longitude     double precision,
    add column public_geo_precision text not null default 'UNKNOWN'
        check (public_geo_precision in ('STREET', 'DISTRICT', 'CITY', 'REGION', 'COUNTRY', 'UNKNOWN'));

comment on column incident.public_latitude is 'Maintained by trigger: latitude, or the district or city centroid when location_hidden';

create function incident_public_point() returns trigger language plpgsql as $$
declare
    shown record;
begin
    if new.location_hidden and new.geo_precision = 'STREET' then
        select p.latitude, p.longitude,
               case when p.kind = 'DISTRICT' or parent.kind = 'CITY_REGION' then 'DISTRICT' else 'CITY' end as precision
          into shown
          from place_closure c
          join place p on p.id = c.ancestor_id
          left join place parent on parent.id = p.parent_id
         where c.descendant_id = new.place_id
           and p.kind in ('DISTRICT', 'MUNICIPALITY', 'CITY_REGION')
         order by c.depth
         limit 1;
        if found then
            new.public_latitude := shown.latitude;
            new.public_longitude := shown.longitude;
            new.public_geo_precision := shown.precision;
        else
            new.public_latitude := null;
            new.public_longitude := null;
            new.public_geo_precision := 'UNKNOWN';
        end if;
    else
        new.public_latitude := new.latitude;
        new.public_longitude := new.longitude;
        new.public_geo_precision := new.geo_precision;
    end if;
    return new;
end;
$$;

create trigger incident_public_point
    before insert or update of latitude, longitude, geo_precision, location_hidden, place_id on incident
    for each row execute function incident_public_point();

update incident set location_hidden = location_hidden;

-- Viewport queries of the map: which published incidents lie in a box.
create index incident_public_point_gist on incident using gist (point(public_longitude, public_latitude))
    where status = 'PUBLISHED' and public_latitude is not null;
