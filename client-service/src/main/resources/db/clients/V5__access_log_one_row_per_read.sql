-- One access-log row per read, not per client: a detail names one client, a list or search page every client it
-- showed (a page of 50 is one insert). `what` says which read it was (DETAIL, CONTACTS, TOUCHPOINTS, RISK,
-- HANDOVERS, LIST; null for exports).
alter table client_access add column client_ids uuid[];
update client_access set client_ids = array[client_id];
alter table client_access alter column client_ids set not null;
alter table client_access add column what text;
drop index client_access_client;
alter table client_access drop column client_id;
create index client_access_clients on client_access using gin (client_ids);

-- When a person in notice was last reported for passing their hourly read cap (once per window, apart from the
-- unusual-access report).
alter table user_event_version add column last_read_cap_at timestamptz;
