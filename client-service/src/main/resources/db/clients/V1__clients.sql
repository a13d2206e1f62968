-- People as client-service knows them, projected from hr.employees.v1 (the user id is the Keycloak sub).
create table employee (
    user_id      text primary key,
    employee_id  text not null,
    username     text,
    full_name    text,
    work_email   text,
    team         text,
    roles        text not null default '',
    status       text not null default 'ACTIVE'
);
create index employee_team on employee (team);

create table client (
    id                        uuid primary key,
    name                      text not null,
    tax_id                    text not null unique,
    segment                   text not null,
    status                    text not null default 'ACTIVE',
    team                      text not null,
    account_manager_user_id   text not null,
    executive_sponsor_user_id text not null,
    client_since              date not null,
    yearly_revenue            numeric(19, 2) not null,
    currency                  char(3) not null,
    language                  text not null default 'en',
    version                   bigint not null default 0,
    created_at                timestamptz not null default now()
);
create index client_manager on client (account_manager_user_id, id);
create index client_team on client (team);
create index client_name_id on client (name, id);

create table contact (
    id         uuid primary key,
    client_id  uuid not null references client (id),
    name       text not null,
    role       text,
    email      text not null,
    phone      text,
    is_primary boolean not null default false,
    is_billing boolean not null default false
);
create index contact_client on contact (client_id);

-- A departure as the handover sees it; one row per hr departure id.
create table departure (
    departure_id        text primary key,
    employee_id         text not null,
    user_id             text not null,
    team                text,
    last_working_day    date,
    state               text not null,
    approved_by         text,
    reassign_on         date,
    created_at          timestamptz not null default now()
);

create table handover_plan (
    id                  uuid primary key,
    departure_id        text not null references departure (departure_id),
    client_id           uuid not null references client (id),
    departing_user_id   text not null,
    successor_user_id   text not null,
    successor_reason    text not null,
    status              text not null,
    client_status_before text not null,
    tasks               text not null,
    created_at          timestamptz not null default now(),
    unique (departure_id, client_id)
);
create index handover_plan_departure on handover_plan (departure_id, client_id);

-- Long handover work runs as a job in chunks; the cursor lets a restarted service resume where it stopped.
create table handover_job (
    id            bigserial primary key,
    departure_id  text not null references departure (departure_id),
    kind          text not null,
    state         text not null,
    total         integer not null default 0,
    done          integer not null default 0,
    cursor_id     uuid,
    created_at    timestamptz not null default now(),
    finished_at   timestamptz,
    unique (departure_id, kind)
);

-- Who read or exported which client, for the access audit and the anomaly rule.
create table client_access (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    user_id    text not null,
    username   text not null,
    kind       text not null,
    client_id  uuid not null
);
create index client_access_client on client_access (client_id, at);
create index client_access_user on client_access (user_id, at);

create table export_run (
    id        bigserial primary key,
    at        timestamptz not null default now(),
    user_id   text not null,
    rows      integer not null
);
create index export_run_user on export_run (user_id, at);

-- Per-user version counter for events keyed by user id (ExportBlocked, SuspiciousAccessDetected).
create table user_event_version (
    user_id  text primary key,
    version  bigint not null
);
