-- An event Kafka refuses for good (too large, say) is parked instead of stalling the relay on it.
alter table outbox_event add column parked_at timestamptz;
drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (seq) where published_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (parked_at) where parked_at is not null;
