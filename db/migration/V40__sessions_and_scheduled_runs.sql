-- Several instances of the application on one database keep no state of their own.
--
-- Sessions: Spring Session JDBC keeps every HTTP session here instead of in one server's memory, so an
-- editor signed in through one instance is signed in through all, and a session ended (signing out, or the
-- account disabled: AccountSessionFilter) is ended for all. The column names and types are the ones Spring
-- Session's JdbcIndexedSessionRepository reads and writes; its own schema script is not run
-- (spring.session.jdbc.initialize-schema=never).
create table spring_session (
    primary_id             char(36)     not null primary key,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  integer      not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

comment on table spring_session is 'HTTP sessions, shared by every instance of the application (Spring Session JDBC)';
comment on column spring_session.primary_id is 'The row''s own key, which stays while the session id changes';
comment on column spring_session.session_id is 'The id the browser''s session cookie carries; changed at sign-in';
comment on column spring_session.creation_time is 'When the session began, in milliseconds since 1970';
comment on column spring_session.last_access_time is 'The last request of the session, in milliseconds since 1970';
comment on column spring_session.max_inactive_interval is 'Seconds of inactivity after which the session ends';
comment on column spring_session.expiry_time is 'When the session ends unless used again, in milliseconds since 1970; expired rows are deleted every minute by one instance';
comment on column spring_session.principal_name is 'The signed-in account''s username, if any';

create table spring_session_attributes (
    session_primary_id  char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    primary key (session_primary_id, attribute_name)
);

comment on table spring_session_attributes is 'What each session holds (the signed-in account, the CSRF token, a saved request), serialized by Java';
comment on column spring_session_attributes.session_primary_id is 'The session';
comment on column spring_session_attributes.attribute_name is 'The attribute''s name';
comment on column spring_session_attributes.attribute_bytes is 'The attribute''s value, Java-serialized';

-- Scheduled work runs on one instance at a time (system/TaskLock, a PostgreSQL advisory lock per task);
-- each run that did something is recorded, with the instance that ran it.
create table scheduled_run (
    id           bigserial   primary key,
    task         text        not null,
    instance     text        not null,
    started_at   timestamptz not null,
    finished_at  timestamptz not null default now()
);

create index scheduled_run_task on scheduled_run (task, started_at);

comment on table scheduled_run is 'Runs of scheduled work that did something (a map cells'' rebuild, a clean-up), one instance at a time; kept 7 days';
comment on column scheduled_run.task is 'Which work: map-cells-rebuild, idempotency-keys-cleanup, ...';
comment on column scheduled_run.instance is 'The instance that ran it (atlas.instance.name: host name and process id by default)';
comment on column scheduled_run.started_at is 'When the instance took the task''s lock';
comment on column scheduled_run.finished_at is 'When the work was done';
