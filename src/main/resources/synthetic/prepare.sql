-- Synthetic incidents for load tests, never for real data. Every row is marked: external_key
-- 'synthetic-<n>', summaries that start with [SYNTHETIC], articles from "Synthetic Press".
-- Step 1 of 2, run once: the places incidents are drawn from, and the articles they cite.
-- Parameters (replaced by the generator): :articles, :seed.
select setseed(:seed);

-- Where: municipalities and districts, weighted by population (a city with districts is
-- represented by its districts, so Antwerp is not counted twice). Each place owns the slice
-- [lower_bound, next lower_bound) of 0..1, so a uniform draw picks one with width_bucket.
-- It also carries what the incident trigger and the region rule would compute for it: the
-- centroid the public sees when a street address is hidden (incident_public_point, V3), and
-- the province centroid a region-level report sits on. A regular (unlogged) table, because
-- several sessions read it at once.
drop table if exists synthetic_place;
create unlogged table synthetic_place as
with weighted as (
    select p.id, p.country_code, p.latitude::float8 as lat, p.longitude::float8 as lon, p.kind,
           coalesce(p.population, 1000)::float8 as weight
    from place p
    where p.kind in ('MUNICIPALITY', 'DISTRICT')
      and not exists (select 1 from place d where d.parent_id = p.id and d.kind = 'DISTRICT')
)
select w.id, w.country_code, w.lat, w.lon, w.kind,
       row_number() over (order by w.id) as bucket,
       (sum(w.weight) over (order by w.id) - w.weight) / sum(w.weight) over () as lower_bound,
       hidden.lat as hidden_lat, hidden.lon as hidden_lon, coalesce(hidden.precision, 'UNKNOWN') as hidden_precision,
       coalesce(region.lat, w.lat) as region_lat, coalesce(region.lon, w.lon) as region_lon
from weighted w
left join lateral (
    select p.latitude::float8 as lat, p.longitude::float8 as lon,
           case when p.kind = 'DISTRICT' or parent.kind = 'CITY_REGION' then 'DISTRICT' else 'CITY' end as precision
    from place_closure c
    join place p on p.id = c.ancestor_id
    left join place parent on parent.id = p.parent_id
    where c.descendant_id = w.id and p.kind in ('DISTRICT', 'MUNICIPALITY', 'CITY_REGION')
    order by c.depth
    limit 1) as hidden on true
left join lateral (
    select p.latitude::float8 as lat, p.longitude::float8 as lon
    from place_closure c
    join place p on p.id = c.ancestor_id
    where c.descendant_id = w.id and p.kind in ('PROVINCE', 'CITY_REGION')
    order by c.depth
    limit 1) as region on true;
create unique index on synthetic_place (bucket);
analyze synthetic_place;

insert into article (external_key, title, publisher, url, published_from, published_to, published_precision, language)
select 'synthetic-article-' || a, 'Synthetic report ' || a, 'Synthetic Press',
       'https://synthetic.invalid/report/' || a, d, d, 'DAY', (array['nl', 'fr', 'en'])[1 + (a % 3)]
from generate_series(1, :articles) as a,
     lateral (select date '2015-01-01' + (random() * (date '2026-11-01' - date '2015-01-01'))::int as d) as day;
