-- Patients and their intakes. An intake's answers are never overwritten: each correction is a new row
-- in intake_version, and intake.current_version points at the one in force.

create table patient (
    id           bigint generated always as identity primary key,
    clinic_id    varchar(40)  not null,
    given_name   varchar(100) not null,
    family_name  varchar(100) not null,
    birth_date   date         not null,
    sex          varchar(16)  not null check (sex in ('female', 'male', 'other', 'unknown')),
    phone        varchar(40),
    email        varchar(254),
    created_at   timestamptz  not null default now(),
    constraint patient_clinic_id_unique unique (clinic_id)
);

create table intake (
    id                uuid        primary key,
    patient_id        bigint      not null references patient (id),
    visit_date        date        not null,
    language          varchar(2)  not null check (language in ('en', 'es')),
    submitted_at      timestamptz not null,
    current_version   integer     not null check (current_version >= 1),
    pain_intensity    smallint    not null check (pain_intensity between 0 and 10),
    -- Highest red-flag urgency of the current version: 0 none, 1 soon, 2 urgent, 3 emergency.
    red_flag_level    smallint    not null default 0 check (red_flag_level between 0 and 3),
    source            varchar(16) not null default 'api'
);

-- Newest-first keyset pagination (GET /api/intakes) and a patient's history.
create index intake_submitted_idx on intake (submitted_at desc, id desc);
create index intake_patient_idx on intake (patient_id, visit_date desc, submitted_at desc);
create index intake_visit_date_idx on intake (visit_date desc, submitted_at desc, id desc);

create table intake_version (
    intake_id     uuid        not null references intake (id),
    version       integer     not null check (version >= 1),
    answers       jsonb       not null,
    reason        varchar(500),
    created_at    timestamptz not null default now(),
    created_by    varchar(100) not null,
    primary key (intake_id, version)
);

-- Idempotency-Key on POST /api/intakes: a repeated key returns the first result.
create table idempotency_key (
    key           varchar(200) primary key,
    request_hash  char(64)     not null,
    intake_id     uuid         references intake (id),
    created_at    timestamptz  not null default now()
);
