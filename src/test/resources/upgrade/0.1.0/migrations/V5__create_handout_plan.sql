-- The exercises a clinician chose for a patient's handout, with the dosage they set, who chose them and when.
-- A plan is never updated: choosing again adds a row, and the newest row is the plan in force. The same row
-- always prints the same handout (its created_at is the PDF's date).

create table handout_plan (
    id              bigint generated always as identity primary key,
    intake_id       uuid         not null,
    intake_version  integer      not null,
    language        varchar(2)   not null check (language in ('en', 'es')),
    large_print     boolean      not null,
    -- [{"id": "clamshells", "dosage": {"sets": 2, "reps": 10, "timesPerWeek": 5, "perSide": true}}, ...]
    exercises       jsonb        not null check (jsonb_typeof(exercises) = 'array'),
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    foreign key (intake_id, intake_version) references intake_version (intake_id, version)
);

-- The plan in force for an intake (HandoutPlan.newestForIntake).
create index handout_plan_intake_idx on handout_plan (intake_id, created_at desc, id desc);
