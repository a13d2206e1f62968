-- Run once by the postgres image on an empty data directory (docker compose).
-- One database per service (each service owns its own and never reads another's) and one for Keycloak.
-- The services would also create theirs if missing; creating them here keeps ownership explicit.
CREATE DATABASE holdfast_hr;
CREATE DATABASE holdfast_clients;
CREATE DATABASE holdfast_finance;
CREATE DATABASE holdfast_notifications;
CREATE DATABASE keycloak;
