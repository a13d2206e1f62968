-- The last executive and the last company-level touch of each client, kept from TouchpointRecorded, for the
-- touchpoint cadence in the daily digest.
create table client_touch (
    client_id          text primary key,
    last_executive_at  timestamptz,
    last_company_at    timestamptz
);
