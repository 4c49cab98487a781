-- Security (issue: practice security). Written to run unchanged on H2 and PostgreSQL.

-- Failed sign-ins are also counted per client address (its hash), so one address cannot try many names.
alter table login_failure add column address_key varchar(64);
create index login_failure_by_address on login_failure (address_key, failed_at);
create index login_failure_by_time on login_failure (failed_at);

-- An admin may set a new password for a therapist, who must then choose their own at the next sign-in.
alter table therapist add column must_change_password boolean default false not null;

-- A pre-fill link can be revoked; a revoked link opens nothing, like one that never existed.
alter table prefill_link add column revoked_at timestamp with time zone;
