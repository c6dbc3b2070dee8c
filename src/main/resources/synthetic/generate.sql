-- Synthetic incidents for load tests, never for real data. Every row is marked: external_key
-- 'synthetic-<n>', summaries that start with [SYNTHETIC], articles from "Synthetic Press".
-- Parameters (psql-style, replaced by the generator): :count, :articles, :seed.
select setseed(:seed);

-- Where: municipalities and districts, weighted by population (a city with districts is
-- represented by its districts, so Antwerp is not counted twice).
create temporary table synthetic_place on commit drop as
select p.id, p.country_code, p.latitude::float8 as lat, p.longitude::float8 as lon, p.kind,
       sum(coalesce(p.population, 1000)) over (order by p.id) as upper_bound,
       coalesce(p.population, 1000) as weight
from place p
where p.kind in ('MUNICIPALITY', 'DISTRICT')
  and not exists (select 1 from place d where d.parent_id = p.id and d.kind = 'DISTRICT');
create index on synthetic_place (upper_bound);
analyze synthetic_place;

insert into article (external_key, title, publisher, url, published_from, published_to, published_precision, language)
select 'synthetic-article-' || a, 'Synthetic report ' || a, 'Synthetic Press',
       'https://synthetic.invalid/report/' || a, d, d, 'DAY', (array['nl', 'fr', 'en'])[1 + (a % 3)]
from generate_series(1, :articles) as a,
     lateral (select date '2015-01-01' + (random() * (date '2026-11-01' - date '2015-01-01'))::int as d) as day;

create temporary table synthetic_incident on commit drop as
select n,
       (select sp.id from synthetic_place sp
         where sp.upper_bound >= r.pick * (select max(upper_bound) from synthetic_place)
         order by sp.upper_bound limit 1) as place_id,
       r.*
from generate_series(1, :count) as n,
     lateral (select random() as pick, random() as t, random() as dp, random() as gp, random() as cas,
                     random() as k, random() as inj, random() as hid, random() as jx, random() as jy,
                     date '2015-01-01' + (random() * (date '2026-11-01' - date '2015-01-01'))::int as day
              where n > 0) as r;

insert into incident (external_key, type, date_from, date_to, date_precision, country_code, place_id, street,
                      latitude, longitude, geo_precision, location_hidden, killed, injured, summary, status)
select 'synthetic-' || s.n,
       v.type,
       v.date_from, v.date_to, v.date_precision,
       sp.country_code, sp.id,
       case when v.geo = 'STREET' then 'Synthetic street ' || (s.n % 500) end,
       case when v.geo = 'UNKNOWN' then null when v.geo = 'STREET' then sp.lat + (s.jx - 0.5) * 0.02 else sp.lat end,
       case when v.geo = 'UNKNOWN' then null when v.geo = 'STREET' then sp.lon + (s.jy - 0.5) * 0.03 else sp.lon end,
       v.geo,
       v.geo = 'STREET' and s.hid < 0.05,
       case when s.cas < 0.30 then null when s.k < 0.80 then 0 when s.k < 0.95 then 1 else 2 end,
       case when s.cas < 0.30 then null when s.inj < 0.55 then 0 when s.inj < 0.85 then 1 else 1 + (s.inj * 10)::int % 4 end,
       '[SYNTHETIC] ' || initcap(lower(v.type)) || ' number ' || s.n || ' generated for load tests',
       'PUBLISHED'
from synthetic_incident s
join synthetic_place sp on sp.id = s.place_id
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
                when s.gp < 0.93 then 'CITY' when s.gp < 0.98 then 'REGION' else 'UNKNOWN' end as geo
) as kinds
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
           kinds.date_precision, kinds.type,
           -- a region-level point sits on its province's centroid, as real region-only reports do
           case when kinds.geo = 'REGION' then 'REGION' else kinds.geo end as geo
) as v;

-- Region-level incidents move to their province's centroid.
update incident i set latitude = p.latitude, longitude = p.longitude
from place_closure c join place p on p.id = c.ancestor_id and p.kind in ('PROVINCE', 'CITY_REGION')
where i.external_key like 'synthetic-%' and i.geo_precision = 'REGION' and c.descendant_id = i.place_id;

-- 1 to 5 sources each, drawn from the synthetic articles.
insert into incident_source (incident_id, article_id)
select distinct i.id, (select min(id) from article where external_key like 'synthetic-article-%') + ((i.id * 7919 + k * 104729) % :articles)
from incident i
cross join lateral generate_series(1, 1 + (i.id % 5)::int) as k
where i.external_key like 'synthetic-%';

analyze incident;
analyze incident_source;
analyze article;
