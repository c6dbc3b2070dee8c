-- Step 2 of 2, run for each chunk of incidents :first_n..:last_n, several chunks at once in
-- separate sessions. Every derived value is computed here, in the one INSERT, because the
-- generator switches the incident triggers off during the load: the public point and its
-- precision (what incident_public_point would set), and the province centroid of region-level
-- reports. Ids are given (n + :id_offset), so the sources need no look-up of the incidents.
-- Parameters (replaced by the generator): :seed, :first_n, :last_n, :id_offset, :first_article,
-- :articles, :article_step, :max_sources.
select setseed(:seed);

insert into incident (id, external_key, type, date_from, date_to, date_precision, country_code, place_id, street,
                      latitude, longitude, geo_precision, location_hidden, killed, injured, summary, status,
                      public_latitude, public_longitude, public_geo_precision)
select s.n + :id_offset,
       'synthetic-' || s.n,
       v.type, v.date_from, v.date_to, v.date_precision,
       sp.country_code, sp.id,
       case when kinds.geo = 'STREET' then 'Synthetic street ' || (s.n % 500) end,
       point.lat, point.lon, kinds.geo, kinds.hidden,
       case when s.cas < 0.30 then null when s.k < 0.80 then 0 when s.k < 0.95 then 1 else 2 end,
       case when s.cas < 0.30 then null when s.inj < 0.55 then 0 when s.inj < 0.85 then 1 else 1 + (s.inj * 10)::int % 4 end,
       '[SYNTHETIC] ' || initcap(lower(v.type)) || ' number ' || s.n || ' generated for load tests',
       'PUBLISHED',
       case when kinds.hidden then sp.hidden_lat else point.lat end,
       case when kinds.hidden then sp.hidden_lon else point.lon end,
       case when kinds.hidden then sp.hidden_precision else kinds.geo end
from (select n, random() as pick, random() as t, random() as dp, random() as gp, random() as cas,
             random() as k, random() as inj, random() as hid, random() as jx, random() as jy,
             date '2015-01-01' + (random() * (date '2026-11-01' - date '2015-01-01'))::int as day
      from generate_series(:first_n, :last_n) as n
      offset 0) as s
join synthetic_place sp
  on sp.bucket = width_bucket(s.pick, (select array_agg(lower_bound order by bucket) from synthetic_place))
cross join lateral (
    select case
             when s.t < 0.34 then 'SHOOTING' when s.t < 0.52 then 'EXPLOSION' when s.t < 0.60 then 'HOMICIDE'
             when s.t < 0.70 then 'ASSAULT' when s.t < 0.79 then 'ARSON' when s.t < 0.88 then 'THREAT'
             when s.t < 0.91 then 'KIDNAPPING' when s.t < 0.94 then 'ARREST' when s.t < 0.96 then 'SEIZURE'
             when s.t < 0.97 then 'RAID' when s.t < 0.98 then 'TRIAL' when s.t < 0.99 then 'CONVICTION'
             else 'EXTRADITION' end as type,
           case when s.dp < 0.62 then 'DAY' when s.dp < 0.66 then 'WEEK' when s.dp < 0.84 then 'MONTH'
                when s.dp < 0.87 then 'SEASON' else 'YEAR' end as date_precision,
           case when s.gp < 0.40 then 'STREET' when s.gp < 0.52 and sp.kind = 'DISTRICT' then 'DISTRICT'
                when s.gp < 0.93 then 'CITY' when s.gp < 0.98 then 'REGION' else 'UNKNOWN' end as geo,
           s.gp < 0.40 and s.hid < 0.05 as hidden
) as kinds
cross join lateral (
    -- a region-level point sits on its province's centroid, as real region-only reports do
    select case when kinds.geo = 'UNKNOWN' then null when kinds.geo = 'STREET' then sp.lat + (s.jx - 0.5) * 0.02
                when kinds.geo = 'REGION' then sp.region_lat else sp.lat end as lat,
           case when kinds.geo = 'UNKNOWN' then null when kinds.geo = 'STREET' then sp.lon + (s.jy - 0.5) * 0.03
                when kinds.geo = 'REGION' then sp.region_lon else sp.lon end as lon
) as point
cross join lateral (
    select case kinds.date_precision
             when 'DAY' then s.day
             when 'WEEK' then s.day - (extract(isodow from s.day)::int - 1)
             when 'MONTH' then date_trunc('month', s.day)::date
             when 'SEASON' then (date_trunc('year', s.day) + interval '5 months')::date
             else date_trunc('year', s.day)::date end as date_from,
           case kinds.date_precision
             when 'DAY' then s.day
             when 'WEEK' then s.day - (extract(isodow from s.day)::int - 1) + 6
             when 'MONTH' then (date_trunc('month', s.day) + interval '1 month - 1 day')::date
             when 'SEASON' then (date_trunc('year', s.day) + interval '8 months - 1 day')::date
             else (date_trunc('year', s.day) + interval '1 year - 1 day')::date end as date_to,
           kinds.date_precision, kinds.type
) as v;

-- 1 to 5 sources each, drawn from the synthetic articles; the step keeps an incident's sources distinct.
insert into incident_source (incident_id, article_id)
select i, :first_article + ((i * 7919 + (k - 1) * :article_step) % :articles)
from generate_series((:first_n + :id_offset)::bigint, (:last_n + :id_offset)::bigint) as i
cross join lateral generate_series(1, 1 + (i % :max_sources)::int) as k;
