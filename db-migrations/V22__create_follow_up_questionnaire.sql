-- The follow-up questionnaire (issue 20): pain, the Lower Extremity Functional Scale (LEFS), a global rating of
-- change and the intake's warning-sign questions, sent by the clinician as a link before a follow-up visit.

-- A link a clinician sends a patient to answer one follow-up questionnaire. As for intake_link, only the SHA-256 of
-- the token is stored (clinic.stride.intakelink.IntakeLinkToken). Valid until expires_at, used once, revocable:
-- a revoked link keeps its row with who revoked it and when.
create table follow_up_link (
    id          bigint      generated always as identity primary key,
    token_hash  char(64)    not null,
    patient_id  bigint      not null references patient (id),
    intake_id   uuid        not null references intake (id),
    language    varchar(2)  not null check (language in ('en', 'es')),
    created_at  timestamptz not null,
    created_by  varchar(64) not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    revoked_by  varchar(64),
    used_at     timestamptz,
    constraint follow_up_link_token_hash_unique unique (token_hash),
    constraint follow_up_link_revoked_by_whom check ((revoked_at is null) = (revoked_by is null)),
    constraint follow_up_link_expires_after_creation check (expires_at > created_at)
);

create index follow_up_link_intake_idx on follow_up_link (intake_id, created_at desc);

-- One answered follow-up questionnaire, append-only: never changed once stored, except its triage state
-- (reviewed_by, reviewed_at), which works as on intake (V13): a warning sign at follow-up waits at the top of the
-- clinician's worklist until a clinician marks it reviewed.
--
-- instrument_version names the questionnaire and the instruments inside it as answered (e.g.
-- 'stride-followup-1.0.0;LEFS-1999;GROC-7-stride-1'). lefs_items holds the 20 answers 0-4 in the form's order, a
-- null for an item left blank; lefs_score is their sum only when all 20 were answered (clinic.stride.outcomes.Lefs).
create table follow_up (
    id                  uuid         primary key,
    link_id             bigint       references follow_up_link (id),
    patient_id          bigint       not null references patient (id),
    intake_id           uuid         not null references intake (id),
    instrument_version  varchar(100) not null,
    language            varchar(2)   not null check (language in ('en', 'es')),
    answered_on         date         not null,
    submitted_at        timestamptz  not null,
    submitted_by        varchar(64)  not null,
    pain_intensity      smallint     not null check (pain_intensity between 0 and 10),
    lefs_items          smallint[]   not null check (cardinality(lefs_items) = 20),
    lefs_answered       smallint     not null check (lefs_answered between 0 and 20),
    lefs_score          smallint     check (lefs_score between 0 and 80),
    global_change       smallint     check (global_change between -3 and 3),
    red_flags           jsonb        not null,
    red_flag_level      smallint     not null check (red_flag_level between 0 and 3),
    red_flag_ids        text[]       not null default '{}',
    reviewed_by         text,
    reviewed_at         timestamptz,
    constraint follow_up_one_per_link unique (link_id),
    constraint follow_up_score_when_complete check ((lefs_score is null) = (lefs_answered < 20)),
    constraint follow_up_reviewed_check check ((reviewed_by is null) = (reviewed_at is null))
);

-- The patient page's trend and the API's list: a patient's follow-ups by date.
create index follow_up_patient_idx on follow_up (patient_id, answered_on, submitted_at);
create index follow_up_intake_idx on follow_up (intake_id, submitted_at);
-- The worklist (clinic.stride.dashboard.Worklist) takes follow-ups with warning signs into the triage queue.
create index follow_up_triage_idx on follow_up ((case when reviewed_at is null then red_flag_level else 0 end) desc,
    answered_on desc, submitted_at, id) where red_flag_level > 0;

-- The application role's grants, with the two tables above added. The function in force before this migration
-- is kept under another name and called first, so whatever grants it gives (including those of migrations
-- between V15 and this one) stay as they are.
alter function stride_grant_application_role(name) rename to stride_grant_application_role_before_v22;
revoke execute on function stride_grant_application_role_before_v22(name) from public;

create function stride_grant_application_role(application_role name) returns void
language plpgsql as $$
begin
    perform stride_grant_application_role_before_v22(application_role);
    if application_role = current_user or not exists (select 1 from pg_roles where rolname = application_role) then
        return;
    end if;
    -- Links are made, used and revoked; answers are added and only their triage state changes.
    execute format('grant select, insert, update on follow_up_link to %I', application_role);
    execute format('grant select, insert on follow_up to %I', application_role);
    execute format('grant update (reviewed_by, reviewed_at) on follow_up to %I', application_role);
end;
$$;

revoke execute on function stride_grant_application_role(name) from public;
