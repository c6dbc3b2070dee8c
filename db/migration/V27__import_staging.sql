-- CSV imports without one long transaction. A run reads and checks the file row by row into this staging
-- table, in short transactions that lock nothing anyone else uses; then one short transaction creates
-- every incident and its audit row from it with a few set-based statements, and marks the job done.
-- So the import is still all or nothing, and editors keep writing while it runs.
--
-- Unlogged: staged rows are worth nothing after a crash (the job is then found interrupted and run again),
-- so they need not be written to the write-ahead log.
create unlogged table import_row (
    job_id            bigint   not null references import_job (id) on delete cascade,
    line              integer  not null check (line >= 2),
    incident_id       bigint,
    type              text     not null,
    date_from         date,
    date_to           date,
    date_precision    text     not null,
    country_code      text,
    place_id          integer,
    locality          text,
    street            text,
    latitude          double precision,
    longitude         double precision,
    geo_precision     text     not null,
    location_hidden   boolean  not null,
    killed            integer,
    injured           integer,
    summary           text     not null,
    changes           jsonb    not null,
    primary key (job_id, line)
);

comment on table import_row is 'Rows of a CSV import being run, checked and resolved like the editor''s form, waiting for the one transaction that creates them all; emptied when the run ends, however it ends';
comment on column import_row.job_id is 'The import job the row belongs to';
comment on column import_row.line is 'The row''s line in the file, the header being line 1, as a spreadsheet counts them';
comment on column import_row.incident_id is 'The id the incident gets, set in the final transaction; null for a row that repeats an existing incident and is skipped';
comment on column import_row.type is 'As incident.type';
comment on column import_row.date_from is 'As incident.date_from';
comment on column import_row.date_to is 'As incident.date_to';
comment on column import_row.date_precision is 'As incident.date_precision';
comment on column import_row.country_code is 'As incident.country_code';
comment on column import_row.place_id is 'As incident.place_id: the gazetteer place the row''s place names resolved to';
comment on column import_row.locality is 'As incident.locality';
comment on column import_row.street is 'As incident.street';
comment on column import_row.latitude is 'As incident.latitude';
comment on column import_row.longitude is 'As incident.longitude';
comment on column import_row.geo_precision is 'As incident.geo_precision';
comment on column import_row.location_hidden is 'As incident.location_hidden';
comment on column import_row.killed is 'As incident.killed: null means not reported';
comment on column import_row.injured is 'As incident.injured: null means not reported';
comment on column import_row.summary is 'As incident.summary';
comment on column import_row.changes is 'The audit trail''s changes for the incident''s creation, as audit_event.changes';

comment on column import_job.status is 'UPLOADED, CHECKED (dry run done), RUNNING (a worker holds the advisory lock (0x494D5054, id) while it runs), DONE or FAILED; a RUNNING job whose lock is free was interrupted and is marked FAILED';
comment on column import_job.error is 'Why the run failed; nothing was imported then';
