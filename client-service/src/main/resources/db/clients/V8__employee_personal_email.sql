-- The addresses hr knows as an employee's own (work and personal): a client contact pointed at one is refused.
alter table employee add column personal_email text;
create index employee_work_email on employee (lower(work_email));
create index employee_personal_email on employee (lower(personal_email));
