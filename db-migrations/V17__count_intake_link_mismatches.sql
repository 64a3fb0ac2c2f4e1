-- Patient details sent with an intake link that did not match the link's patient. After
-- clinic.stride.intakelink.IntakeLinks.MAX_MISMATCHES the link is closed, so it cannot be used to try guesses
-- of a patient's birth date or name one after the other.
alter table intake_link add column mismatches smallint not null default 0;
