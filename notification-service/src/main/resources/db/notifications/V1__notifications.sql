-- Projections kept from other services' events: who people are, and whom a client talks to.
create table employee (
    user_id              text primary key,
    employee_id          text not null unique,
    username             text,
    full_name            text not null,
    work_email           text,
    personal_email       text,
    team                 text,
    line_manager_user_id text,
    roles                text[] not null default '{}',
    language             text not null default 'en',
    status               text not null default 'ACTIVE'
);
create index employee_team on employee (team);

create table client (
    client_id                  text primary key,
    name                       text not null,
    team                       text,
    account_manager_user_id    text,
    executive_sponsor_user_id  text,
    client_since               date,
    language                   text not null default 'en',
    risk_band                  text not null default 'LOW',
    churned                    boolean not null default false
);
create index client_account_manager on client (account_manager_user_id);

create table client_contact (
    client_id   text not null references client (client_id) on delete cascade,
    contact_id  text not null,
    name        text not null,
    email       text,
    is_primary  boolean not null,
    is_billing  boolean not null,
    primary key (client_id, contact_id)
);

-- One row per message to one recipient; the unique key makes a redelivered event send nothing twice.
-- The rendered message (and its PDF) is stored, so a restart or an SMTP outage loses nothing.
create table delivery (
    id               uuid primary key,
    source_event_id  text not null,
    source_event_type text not null,
    template         text not null,
    channel          text not null,
    recipient        text not null,
    recipient_user_id text,
    recipient_name   text,
    language         text not null,
    subject          text not null,
    body_text        text not null,
    body_html        text not null,
    attachment_name  text,
    attachment       bytea,
    status           text not null,
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       text,
    created_at       timestamptz not null default now(),
    delivered_at     timestamptz,
    read_at          timestamptz,
    constraint delivery_once unique (source_event_id, recipient, template, channel)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_feed on delivery (recipient_user_id, created_at desc) where channel = 'IN_APP';
