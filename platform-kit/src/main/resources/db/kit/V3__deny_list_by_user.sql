-- A departed person is refused by user id, whatever their token's iat, until hr hires them again (lifted_at).
alter table token_deny_list add column lifted_at timestamptz;
