-- Dated outreach tasks from handover plans, for the daily digest of what is due and overdue.
create table outreach_task (
    plan_id          text not null,
    client_id        text not null,
    client_name      text not null,
    kind             text not null,
    due_on           date not null,
    assignee_user_id text not null,
    done_at          timestamptz,
    primary key (plan_id, kind, assignee_user_id)
);
create index outreach_task_open on outreach_task (assignee_user_id, due_on) where done_at is null;
create index outreach_task_client on outreach_task (client_id) where done_at is null;
