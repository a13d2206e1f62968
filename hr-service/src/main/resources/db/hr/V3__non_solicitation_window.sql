-- The non-solicitation window of each completed departure, kept so that a client the person handled which hr-service
-- learns of only after the completion (crm.clients.v1 and hr.employees.v1 are separate topics) is watched too.
create table non_solicitation_window (
    departure_id    uuid primary key references departure (id),
    employee_id     uuid not null references employee (id),
    user_id         uuid not null,
    full_name       text not null,
    last_day        date not null,
    ends_on         date not null,
    contract_number text not null,
    amendment       int not null,
    clause_months   int not null,
    clause_kind     text not null,
    clause_amount   numeric(19, 2) not null,
    currency        char(3) not null
);
create index window_user on non_solicitation_window (user_id);

-- windows of departures completed before this migration, from their watches
insert into non_solicitation_window (departure_id, employee_id, user_id, full_name, last_day, ends_on, contract_number,
                                     amendment, clause_months, clause_kind, clause_amount, currency)
select distinct on (departure_id) departure_id, employee_id, user_id, full_name, departed_on, ends_on, contract_number,
       amendment, clause_months, clause_kind, clause_amount, currency
from non_solicitation_watch order by departure_id, opened_at;
