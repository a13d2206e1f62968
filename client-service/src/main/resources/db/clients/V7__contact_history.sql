-- A contact is never deleted: it is archived (and can be restored), and every change keeps a row of what it became,
-- by whom and when, so the values before any change are always there.
alter table contact add column archived_at timestamptz;
alter table contact add column archived_by text;
create table contact_history (
    seq         bigserial primary key,
    contact_id  uuid not null references contact (id),
    client_id   uuid not null references client (id),
    change      text not null check (change in ('ADDED', 'CHANGED', 'ARCHIVED', 'RESTORED')),
    name        text not null,
    role        text,
    email       text not null,
    phone       text,
    is_primary  boolean not null,
    is_billing  boolean not null,
    changed_by  text not null,
    changed_at  timestamptz not null default now()
);
create index contact_history_contact on contact_history (contact_id, seq);
-- the contacts that existed before history was kept start it
insert into contact_history (contact_id, client_id, change, name, role, email, phone, is_primary, is_billing, changed_by)
select id, client_id, 'ADDED', name, role, email, phone, is_primary, is_billing, 'migration' from contact;
