-- Employees: one row per person, keyed by our id; the Keycloak user id identifies them across services.
-- version is the aggregate version of the hr.employees.v1 stream: every event of the employee bumps it.
create table employee (
    id                   uuid primary key,
    user_id              uuid not null unique,
    username             text not null unique,
    full_name            text not null,
    work_email           text not null,
    personal_email       text not null,
    position             text not null,
    team                 text not null,
    line_manager_user_id uuid,
    roles                text not null default '',
    language             text not null default 'en',
    hire_date            date not null,
    status               text not null check (status in ('ACTIVE', 'NOTICE_GIVEN', 'DEPARTED')),
    version              bigint not null,
    created_at           timestamptz not null default now()
);
create index employee_team on employee (team);
create index employee_status on employee (status);

-- Employment contracts keep every amendment: a departure is judged by the one in force on the last working day.
create table contract_version (
    id                      uuid primary key,
    contract_id             uuid not null,
    employee_id             uuid not null references employee (id),
    contract_number         text not null,
    amendment               int not null,
    signed_on               date not null,
    start_date              date not null,
    committed_term_end      date,
    currency                char(3) not null,
    early_kind              text not null check (early_kind in ('FIXED', 'PRO_RATA')),
    early_fixed_amount      numeric(19, 2),
    early_monthly_rate      numeric(19, 2),
    document_penalty        numeric(19, 2) not null,
    non_solicitation_months int not null,
    non_solicitation_kind   text not null check (non_solicitation_kind in ('PER_CLIENT', 'FIXED')),
    non_solicitation_amount numeric(19, 2) not null,
    recorded_by             text not null,
    recorded_at             timestamptz not null default now(),
    unique (contract_id, amendment),
    unique (employee_id, contract_number, amendment)
);
create index contract_version_employee on contract_version (employee_id, start_date);

create table departure (
    id                       uuid primary key,
    employee_id              uuid not null references employee (id),
    notice_date              date not null,
    last_working_day         date not null,
    reason                   text not null,
    recorded_by              text not null,
    status                   text not null check (status in ('SCHEDULED', 'CANCELLED', 'COMPLETED')),
    cancel_reason            text,
    cancelled_by             text,
    completed_at             timestamptz,
    completed_by             text,
    non_solicitation_ends_on date,
    created_at               timestamptz not null default now()
);
-- at most one open departure per employee
create unique index departure_open on departure (employee_id) where status = 'SCHEDULED';
create index departure_due on departure (last_working_day) where status = 'SCHEDULED';

create table penalty (
    id               uuid primary key,
    departure_id     uuid not null references departure (id),
    employee_id      uuid not null references employee (id),
    clause           text not null,
    contract_number  text not null,
    amendment        int not null,
    currency         char(3) not null,
    assessed_amount  numeric(19, 2) not null,
    amount           numeric(19, 2) not null,
    explanation      text not null,
    adjustment_kind  text,
    adjustment_reason text,
    adjusted_by      text,
    version          bigint not null,
    assessed_at      timestamptz not null default now(),
    unique (departure_id, clause)
);

-- Keycloak deprovisioning of a departed employee, retried by a job until it succeeds.
create table deprovisioning (
    departure_id      uuid primary key references departure (id),
    employee_id       uuid not null references employee (id),
    user_id           uuid not null,
    username          text not null,
    status            text not null check (status in ('PENDING', 'DONE', 'FAILED')),
    attempts          int not null default 0,
    last_error        text,
    next_attempt_at   timestamptz not null,
    failure_reported  boolean not null default false,
    done_at           timestamptz,
    updated_at        timestamptz not null default now()
);
create index deprovisioning_due on deprovisioning (next_attempt_at) where status <> 'DONE';

-- Who handled which client and when, learnt from crm.clients.v1. handled_to null = still handling.
create table client_handling (
    id           bigserial primary key,
    client_id    uuid not null,
    client_name  text not null,
    user_id      uuid not null,
    handled_from date not null,
    handled_to   date
);
create index client_handling_user on client_handling (user_id);
create unique index client_handling_open on client_handling (client_id) where handled_to is null;

create table non_solicitation_watch (
    id              uuid primary key,
    departure_id    uuid not null references departure (id),
    employee_id     uuid not null references employee (id),
    user_id         uuid not null,
    full_name       text not null,
    client_id       uuid not null,
    client_name     text not null,
    handled_from    date not null,
    handled_to      date not null,
    departed_on     date not null,
    ends_on         date not null,
    contract_number text not null,
    amendment       int not null,
    clause_months   int not null,
    clause_kind     text not null,
    clause_amount   numeric(19, 2) not null,
    currency        char(3) not null,
    opened_at       timestamptz not null default now(),
    unique (departure_id, client_id)
);
create index watch_client on non_solicitation_watch (client_id);
create index watch_ends on non_solicitation_watch (ends_on);

create table non_solicitation_claim (
    id            uuid primary key,
    watch_id      uuid not null unique references non_solicitation_watch (id),
    departure_id  uuid not null references departure (id),
    employee_id   uuid not null references employee (id),
    client_id     uuid not null,
    churned_on    date not null,
    amount        numeric(19, 2) not null,
    currency      char(3) not null,
    evidence      text not null,
    status        text not null check (status in ('DRAFT', 'SENT', 'SETTLED', 'WAIVED')),
    notes         text not null default '',
    raised_at     timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index claim_status on non_solicitation_claim (status);
