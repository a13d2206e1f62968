-- A letter sent in the company's name is a company-level touchpoint: when it is sent, CompanyDocumentIssued
-- names the client and the person on whose behalf it went.
alter table delivery add column client_id text;
alter table delivery add column issued_by_user_id text;
