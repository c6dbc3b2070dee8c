-- A rate per 100,000 inhabitants is only as good as its population: say which year the figure
-- counts and who counted it, so a page can print "population 2024, Statbel" beside the rate.
-- Both come with the gazetteer (db/gazetteer/*.csv, columns population_year and
-- population_source); a place whose figure has neither shows "year and source not recorded".
alter table place
    add column population_year   smallint check (population_year between 1800 and 2100),
    add column population_source text     check (length(population_source) between 1 and 200),
    add constraint place_population_year_needs_population
        check (population is not null or (population_year is null and population_source is null));

comment on column place.population is 'Inhabitants, a rounded figure; its year and source are population_year and population_source when known';
comment on column place.population_year is 'The year the population figure counts (a count on 1 January of that year, as Statbel and CBS give it); null when not recorded';
comment on column place.population_source is 'Who counted the population figure (Statbel, CBS); null when not recorded';
