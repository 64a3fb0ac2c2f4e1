-- The clinician worklist is a triage queue: an intake with warning signs stays at the top until a clinician
-- marks it reviewed (who and when; the page action is audited as page.intake.reviewed). A reviewed intake keeps
-- its red-flag level (the badge stays) but sorts with the intakes without warning signs.
alter table intake add column reviewed_by text;
alter table intake add column reviewed_at timestamptz;
alter table intake add constraint intake_reviewed_check check ((reviewed_by is null) = (reviewed_at is null));

-- The queue's order (clinic.stride.dashboard.Worklist): unreviewed warning signs first, then the latest visit day,
-- then first come first served within the day.
create index intake_triage_idx on intake ((case when reviewed_at is null then red_flag_level else 0 end) desc,
    visit_date desc, submitted_at, id);
