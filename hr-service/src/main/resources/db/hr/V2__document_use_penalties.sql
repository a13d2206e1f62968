-- several document-use penalties can be assessed on one departure (each set of established violations)
alter table penalty drop constraint penalty_departure_id_clause_key;
create index penalty_departure on penalty (departure_id);
