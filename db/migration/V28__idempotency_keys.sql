-- Retried writes. A client that sends an Idempotency-Key header with a POST to the API gets, for a repeat
-- with the same key, the first answer again instead of the work done twice. The key is claimed in the same
-- transaction as the work and the answer is stored in it before it commits: a repeat that arrives while the
-- first is still running waits for it (the primary key), and a write that rolled back leaves no key behind.
create table idempotency_key (
    username      text        not null,
    key           text        not null check (length(key) between 1 and 255),
    request_hash  text        not null check (request_hash ~ '^[0-9a-f]{64}$'),
    status        integer     check (status between 200 and 399),
    location      text,
    content_type  text,
    body          bytea,
    created_at    timestamptz not null default now(),
    primary key (username, key)
);

comment on table idempotency_key is 'The first answer to each POST to /api/** sent with an Idempotency-Key header, per user, kept 24 hours so that a retry gets it again instead of doing the work twice';
comment on column idempotency_key.username is 'Who sent it: keys are scoped to the user, so two users may use the same key';
comment on column idempotency_key.key is 'The Idempotency-Key header as sent: 1 to 255 visible ASCII characters';
comment on column idempotency_key.request_hash is 'SHA-256 (hex) of the method, path, query and body: the same key with another request is refused with 422';
comment on column idempotency_key.status is 'The first answer''s HTTP status; set before the transaction that claimed the key commits, so a committed row always has it. Only successful answers are kept: a failed write did nothing and may be sent again';
comment on column idempotency_key.location is 'The first answer''s Location header, if any';
comment on column idempotency_key.content_type is 'The first answer''s Content-Type, if any';
comment on column idempotency_key.body is 'The first answer''s body, as sent';
comment on column idempotency_key.created_at is 'When the key was first used; a key is forgotten 24 hours later';

create index idempotency_key_created on idempotency_key (created_at);
