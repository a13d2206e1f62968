-- Clients as client-service announces them: name, account manager (for access checks) and contacts
-- (a billing contact must be one of them).
create table client_directory (
    client_id               text primary key,
    client_name             text        not null,
    account_manager_user_id text,
    status                  text        not null default 'ACTIVE',
    updated_at              timestamptz not null default now()
);

create table client_contact (
    client_id  text    not null references client_directory (client_id),
    contact_id text    not null,
    name       text    not null,
    email      text,
    billing    boolean not null,
    primary key (client_id, contact_id)
);

create table billing_account (
    client_id             text primary key references client_directory (client_id),
    legal_name            text        not null,
    billing_contact_name  text,
    billing_contact_email text,
    language              text        not null default 'en',
    -- version of the client's stream on finance.billing.v1 (every event there is keyed by clientId)
    event_version         bigint      not null default 0,
    opened_at             timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);

create table invoice_counter (
    company_code text   not null,
    year         int    not null,
    last_number  bigint not null,
    primary key (company_code, year)
);

create table invoice (
    id             uuid primary key,
    client_id      text          not null references billing_account (client_id),
    company_code   text          not null,
    number         text unique,
    status         text          not null,
    currency       char(3)       not null,
    payment_terms_days int       not null,
    issued_on      date,
    due_on         date,
    net            numeric(19, 2) not null,
    tax            numeric(19, 2) not null,
    total          numeric(19, 2) not null,
    paid           numeric(19, 2) not null default 0,
    void_reason    text,
    created_by     text          not null,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now()
);
create index invoice_client on invoice (client_id, created_at);
create index invoice_open on invoice (status, due_on);

create table invoice_line (
    invoice_id  uuid           not null references invoice (id),
    line_no     int            not null,
    description text           not null,
    quantity    numeric(19, 4) not null,
    unit_price  numeric(19, 2) not null,
    tax_rate    numeric(7, 4)  not null,
    net         numeric(19, 2) not null,
    tax         numeric(19, 2) not null,
    primary key (invoice_id, line_no)
);

create table payment (
    id          uuid primary key,
    invoice_id  uuid           not null references invoice (id),
    amount      numeric(19, 2) not null,
    received_on date           not null,
    reference   text,
    recorded_by text           not null,
    recorded_at timestamptz    not null default now()
);

-- A daily job runs once per day whatever the number of instances: the first to insert the day wins.
create table job_run (
    job      text not null,
    run_date date not null,
    ran_at   timestamptz not null default now(),
    primary key (job, run_date)
);

create table billing_change (
    id                      uuid primary key,
    client_id               text        not null references billing_account (client_id),
    status                  text        not null,
    requested_by            text        not null,
    requested_by_name       text        not null,
    requested_at            timestamptz not null default now(),
    reason                  text        not null,
    billing_contact_name    text        not null,
    billing_contact_email   text        not null,
    language                text        not null,
    previous_contact_name   text,
    previous_contact_email  text,
    decided_by              text,
    decided_by_name         text,
    decided_at              timestamptz,
    decision_note           text
);
-- one open request per client at a time
create unique index billing_change_one_pending on billing_change (client_id) where status = 'PENDING';

create table billing_freeze (
    departure_id            text primary key,
    employee_id             text        not null,
    manager_user_id         text        not null,
    manager_name            text,
    last_working_day        date        not null,
    frozen_until            date        not null,
    status                  text        not null,
    created_at              timestamptz not null default now(),
    lifted_at               timestamptz,
    lift_reason             text
);

create table billing_freeze_client (
    departure_id text not null references billing_freeze (departure_id),
    client_id    text not null,
    primary key (departure_id, client_id)
);

create table billing_statement (
    id           uuid primary key,
    departure_id text           not null,
    client_id    text           not null,
    currency     char(3)        not null,
    outstanding  numeric(19, 2) not null,
    invoices     int            not null,
    issued_at    timestamptz    not null default now(),
    unique (departure_id, client_id, currency)
);

create table billing_review (
    departure_id text not null references billing_freeze (departure_id),
    change_id    uuid not null references billing_change (id),
    client_id    text not null,
    listed_at    timestamptz not null default now(),
    reviewed_by  text,
    reviewed_at  timestamptz,
    primary key (departure_id, change_id)
);

create table receivable (
    id              uuid primary key,
    source_type     text           not null,
    source_id       text           not null unique,
    employee_id     text           not null,
    user_id         text,
    full_name       text,
    client_id       text,
    client_name     text,
    basis           text           not null,
    original_amount numeric(19, 2) not null,
    amount          numeric(19, 2) not null,
    currency        char(3)        not null,
    status          text           not null,
    explanation     text,
    note            text,
    created_at      timestamptz    not null default now(),
    updated_at      timestamptz    not null default now()
);

-- What the finance system pages through. xid = the writing transaction; a reader only returns rows below the
-- oldest transaction still running, so a row that commits late never lands behind a cursor already handed out.
create table change_log (
    id          bigserial primary key,
    xid         xid8        not null default pg_current_xact_id(),
    entity_type text        not null,
    entity_id   uuid        not null,
    change      text        not null,
    payload     text        not null,
    changed_at  timestamptz not null default now()
);
create index change_log_cursor on change_log (xid, id);
