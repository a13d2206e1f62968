create table touchpoint (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    kind           text not null,
    by_user_id     text not null,
    at             timestamptz not null,
    notes          text,
    company_level  boolean not null,
    executive      boolean not null,
    document_id    text unique,
    created_at     timestamptz not null default now()
);
create index touchpoint_client_at on touchpoint (client_id, at desc);

create table client_risk (
    client_id    uuid primary key references client (id),
    score        integer not null,
    band         text not null,
    reasons      text not null,
    computed_at  timestamptz not null default now()
);
create index client_risk_score on client_risk (score desc, client_id);

-- Clients whose risk must be recomputed; listeners mark, a worker drains in chunks (a manager with 10,000 clients
-- is one insert for the listener, not 10,000 computations in its transaction).
create table risk_dirty (
    client_id  uuid primary key,
    marked_at  timestamptz not null default now()
);
