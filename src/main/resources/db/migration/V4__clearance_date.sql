-- A doctor's clearance says on which day the doctor cleared the massage, apart from when the
-- therapist wrote it down. Only clearances have that day; older clearance rows keep it empty.
alter table intake_note add column cleared_on date;
alter table intake_note add constraint intake_note_cleared_on_clearance check (kind = 'CLEARANCE' or cleared_on is null);
