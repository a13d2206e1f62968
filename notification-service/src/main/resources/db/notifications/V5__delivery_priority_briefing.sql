-- Client-facing e-mails (letters, statements) are sent before staff ones; priority 0 goes first.
alter table delivery add column priority smallint not null default 1;
-- The departure a client letter belongs to, so its board can show "letters sent X of Y".
alter table delivery add column departure_id text;
-- A letter's PDF is rendered by the sender from these facts (JSON) rather than stored rendered: rendering then runs
-- on every sender thread, not in the consumer, and 10,000 letters do not put 10,000 PDFs in the table.
alter table delivery add column letter_kind text;
alter table delivery add column letter_facts text;
drop index delivery_due;
create index delivery_due on delivery (priority, next_attempt_at) where status = 'PENDING';
create index delivery_departure on delivery (departure_id, template) where departure_id is not null;

-- One message per member of staff per departure. The items of a departure (told of it, a client that becomes
-- theirs, tasks they are given) are gathered here and sent as one briefing once the departure's events go quiet.
-- What the briefing says about the departure itself (who leaves, when, how many clients), from DepartureScheduled.
create table briefing_departure (
    departure_id  text primary key,
    facts         text not null
);

create table briefing (
    departure_id       text not null,
    recipient_user_id  text not null,
    departing_user_id  text,
    first_item_at      timestamptz not null default now(),
    last_item_at       timestamptz not null default now(),
    sent_at            timestamptz,
    primary key (departure_id, recipient_user_id)
);
create index briefing_due on briefing (last_item_at) where sent_at is null;

create table briefing_item (
    departure_id       text not null,
    recipient_user_id  text not null,
    client_id          text not null,
    role               text not null,
    client_name        text not null,
    tasks              text not null default '',
    primary key (departure_id, recipient_user_id, client_id, role),
    foreign key (departure_id, recipient_user_id) references briefing (departure_id, recipient_user_id)
);
