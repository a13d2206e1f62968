-- When a person's preparation signal was last reported, so that it is reported once per window, not once per check.
alter table user_event_version add column last_preparation_alert_at timestamptz;
