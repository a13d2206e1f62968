-- The day a client was lost (ClientChurned.churnedOn), so that coverage over time counts the client until then.
alter table client add column churned_on date;

-- Clients lost before this column existed: the day their churn was recorded in the audit log (the kit's tables are
-- migrated before the service's). A churned client without such a record keeps null: lost, day unknown.
update client c set churned_on = (
    select cast(cast(a.details as jsonb) ->> 'churnedOn' as date) from audit_log a
    where a.action = 'client.churned' and a.target_type = 'client' and a.target_id = cast(c.id as text)
    order by a.id desc limit 1)
where c.status = 'CHURNED';
