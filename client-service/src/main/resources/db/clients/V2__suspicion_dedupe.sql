-- When a user was last reported for unusual access, so one burst raises one SuspiciousAccessDetected, not one per read.
alter table user_event_version add column last_suspicion_at timestamptz;
