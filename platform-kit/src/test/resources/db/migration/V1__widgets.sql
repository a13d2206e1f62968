create table widget (
    id        uuid primary key,
    name      text not null unique,
    quantity  int not null
);
-- what the test listener did with each event it consumed
create table widget_effect (
    id        bigserial primary key,
    event_id  text not null,
    subject   text not null
);
