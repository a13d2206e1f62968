-- Tables the platform kit owns in every service's database.

-- Transactional outbox: written in the business transaction, published by the relay after commit.
create table outbox_event (
    id            uuid primary key,
    seq           bigserial not null unique,
    topic         text not null,
    message_key   text not null,
    event_type    text not null,
    subject       text not null,
    payload       text not null,
    traceparent   text,
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    attempts      int not null default 0,
    last_error    text
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;

-- Idempotent consumer: the event id is recorded in the same transaction as the effect.
create table processed_event (
    consumer      text not null,
    event_id      text not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Last applied aggregate version per projection, so that a stale event arriving late is ignored.
create table aggregate_version (
    stream        text not null,
    aggregate_id  text not null,
    version       bigint not null,
    primary key (stream, aggregate_id)
);

-- Dead letters of this service's consumers, collected from <topic>-dlt for listing and replay.
create table dead_letter (
    id               bigserial primary key,
    dlt_topic        text not null,
    dlt_partition    int not null,
    dlt_offset       bigint not null,
    original_topic   text not null,
    consumer_group   text not null,
    message_key      text,
    payload          text,
    headers          text not null,
    event_id         text,
    event_type       text,
    exception_class  text,
    exception_message text,
    received_at      timestamptz not null default now(),
    status           text not null default 'NEW',
    replayed_at      timestamptz,
    replayed_by      text,
    unique (dlt_topic, dlt_partition, dlt_offset)
);

-- Token deny-list: tokens issued to these users before denied_at are refused.
create table token_deny_list (
    user_id    text primary key,
    denied_at  timestamptz not null,
    reason     text not null
);

-- Who did what.
create table audit_log (
    id           bigserial primary key,
    at           timestamptz not null default now(),
    actor        text not null,
    action       text not null,
    target_type  text not null,
    target_id    text,
    details      text,
    trace_id     text
);
create index audit_log_actor on audit_log (actor, id);
create index audit_log_target on audit_log (target_type, target_id, id);
