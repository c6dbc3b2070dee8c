-- Summaries in the reader's language, and notes on what sources disagree about.
-- The English summary stays in incident.summary (what editors write and search indexes); the
-- other languages of the interface get their own rows, written for them, never machine output.

alter table incident add column source_note text check (length(source_note) between 1 and 2000);

comment on column incident.source_note is 'In English: where the sources disagree on a detail (place, date, count), what each says; shown on the incident page. Null when they agree';

create table incident_summary (
    incident_id  bigint not null references incident (id) on delete cascade,
    language     text   not null check (language in ('nl', 'fr', 'de')),
    summary      text   not null check (length(summary) between 1 and 4000),
    source_note  text   check (length(source_note) between 1 and 2000),
    primary key (incident_id, language)
);

comment on table incident_summary is 'The summary (and source note) of an incident in a language other than English; readers see the one in their language, English otherwise';
comment on column incident_summary.incident_id is 'The incident summarised';
comment on column incident_summary.language is 'ISO 639-1 code of the language of this text';
comment on column incident_summary.summary is 'The incident in our own words, in this language: never an article''s sentences';
comment on column incident_summary.source_note is 'incident.source_note in this language; null when the incident has none';

create table statistic_summary (
    statistic_id  bigint not null references reported_statistic (id) on delete cascade,
    language      text   not null check (language in ('nl', 'fr', 'de')),
    note          text   not null check (length(note) between 1 and 1000),
    primary key (statistic_id, language)
);

comment on table statistic_summary is 'The note of a reported statistic (what it counts, and up to when) in a language other than English';
comment on column statistic_summary.statistic_id is 'The statistic described';
comment on column statistic_summary.language is 'ISO 639-1 code of the language of this text';
comment on column statistic_summary.note is 'reported_statistic.note in this language, in our own words';

-- The texts are part of what cached pages show: changing them bumps the data version.
create trigger incident_summary_data_version
    after insert or update or delete or truncate on incident_summary
    for each statement execute function bump_data_version();

create trigger statistic_summary_data_version
    after insert or update or delete or truncate on statistic_summary
    for each statement execute function bump_data_version();

-- What reporters count, beyond the original eight: the figures of the dev corpus articles.
alter table reported_statistic drop constraint reported_statistic_metric_check;
alter table reported_statistic add constraint reported_statistic_metric_check check (metric in (
    'SHOOTINGS', 'EXPLOSIONS', 'HOMICIDES', 'KIDNAPPINGS', 'KILLED', 'INJURED', 'ARRESTS', 'COCAINE_SEIZED_TONNES',
    'VIOLENT_INCIDENTS', 'EXPLOSIVE_INTIMIDATION_INCIDENTS', 'INJURED_SERIOUS', 'DRUG_HOTSPOTS', 'POLICE_ACTIONS',
    'JUDICIAL_ARRESTS', 'LIQUIDATIONS', 'DRUG_LABS_FOUND'));

comment on column reported_statistic.metric is 'What the figure counts; VIOLENT_INCIDENTS and EXPLOSIVE_INTIMIDATION_INCIDENTS are the sources'' own categories, not the atlas''s incident types';
