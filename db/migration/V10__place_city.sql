-- The city each gazetteer place belongs to, as analysts count it: a municipality, except that
-- Brussels' 19 communes count as Brussels, and Antwerp's districts as Antwerp. Provinces,
-- regions and countries belong to no city.
create view place_city as
select c.descendant_id as place_id, a.id as city_id
from place_closure c
join place a on a.id = c.ancestor_id
left join place ap on ap.id = a.parent_id
where a.kind = 'CITY_REGION'
   or (a.kind = 'MUNICIPALITY' and ap.kind is distinct from 'CITY_REGION');

-- The municipality of each place, for tables that show Brussels' communes one by one.
create view place_municipality as
select c.descendant_id as place_id, a.id as municipality_id
from place_closure c
join place a on a.id = c.ancestor_id
where a.kind in ('MUNICIPALITY', 'CITY_REGION')
  and not exists (select 1 from place_closure c2 join place m on m.id = c2.ancestor_id
                  where c2.descendant_id = c.descendant_id and m.kind = 'MUNICIPALITY' and c2.depth < c.depth);
