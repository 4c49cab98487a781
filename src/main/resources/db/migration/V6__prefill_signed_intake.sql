-- A pre-fill link whose answers were reviewed and signed points at the intake they became, so the
-- client page can say "Signed as intake of <day>" and open it. Erasing the intake leaves the link.
alter table prefill_link add column signed_intake_id bigint references intake (id) on delete set null;
alter table prefill_link add column signed_at timestamp with time zone;
