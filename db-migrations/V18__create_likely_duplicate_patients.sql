-- Likely-duplicate patients (docs/duplicates.md): a warning for staff, never a refusal.
--
-- The three extensions ship with PostgreSQL's contrib package and are "trusted" (PostgreSQL 13 and later): a
-- migration role with CREATE on the database may create them, no superuser needed. Where a DBA has created them
-- already, IF NOT EXISTS leaves them be. Their functions are executable by PUBLIC, so the application role
-- (V7, stride_grant_application_role) calls them without a grant of its own.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- A name as a comparison key: accents (unaccent, then stride_fold of V14 for what unaccent's rules leave), case
-- and word order ignored, so "Núñez María", "MARIA NUNEZ" and "María Núñez" give one key ("maria nunez").
-- Apostrophes are dropped (O’Brien and OBrien are one word); words split on spaces (the ideographic space too),
-- commas, dots and hyphens; a name in a script without spaces (王小明) stays one word. Declared immutable, with
-- unaccent's dictionary named, so that the key can be stored beside the name (the usual way to index unaccent);
-- should unaccent's rules file ever change, a migration makes the keys again. The search path is the migration's,
-- so that a restore (pg_restore runs with an empty search path) computes the stored keys the same way.
create function stride_name_key(given text, family text) returns text
    language sql immutable strict parallel safe set search_path from current as $$
    select array_to_string(array(
        select w from regexp_split_to_table(
            regexp_replace(stride_fold(unaccent('unaccent'::regdictionary, given || ' ' || family)),
                           '[''’ʼ`]', '', 'g'),
            '[\s\u3000,."-]+') as w
        where w <> '' order by w collate "C"), ' ')
$$;

-- Digits of a phone number, so "+1 555 0100" and "1-555-0100" compare equal; null when too short to mean a
-- person (7 digits).
create function stride_phone_key(phone text) returns text
    language sql immutable strict parallel safe as $$
    select nullif(case when length(d) >= 7 then d end, '') from (select regexp_replace(phone, '[^0-9]', '', 'g') as d) x
$$;

-- Each patient's name key, made once when registered rather than for every comparison.
alter table patient add column name_key text generated always as (stride_name_key(given_name, family_name)) stored;

-- The candidates are patients with the same birth date, phone or email; these indexes find them.
create index patient_birth_date_idx on patient (birth_date);
create index patient_phone_key_idx on patient (stride_phone_key(phone));
create index patient_email_key_idx on patient (lower(email));

-- "Same person": the later registration is linked to the earlier one, never deleted. Its intakes move to the
-- survivor (their patient before the move is kept in intake.registered_patient_id), its clinic number keeps
-- resolving to the survivor (clinic.stride.patient.PatientRegistry), and it is never raised as a candidate again.
alter table patient add column merged_into bigint references patient (id);
alter table patient add constraint patient_not_merged_into_itself check (merged_into is distinct from id);
alter table intake add column registered_patient_id bigint references patient (id);

-- Every decision staff took about a pair, insert-only. A pair is decided once: "different_person" keeps it from
-- being raised again, "same_person" records the link (patient_id survives, other_patient_id was merged into it).
create table duplicate_decision (
    id                bigint       generated always as identity primary key,
    patient_id        bigint       not null references patient (id),
    other_patient_id  bigint       not null references patient (id),
    decision          varchar(16)  not null check (decision in ('same_person', 'different_person')),
    decided_by        varchar(100) not null,
    decided_at        timestamptz  not null default now(),
    constraint duplicate_decision_two_patients check (patient_id <> other_patient_id)
);

create unique index duplicate_decision_pair_idx
    on duplicate_decision (least(patient_id, other_patient_id), greatest(patient_id, other_patient_id));

-- The grants of V15 with duplicate_decision added, append-only (a migration that adds a table replaces this
-- function).
create or replace function stride_grant_application_role(application_role name) returns void
    language plpgsql as $$
begin
    if application_role = current_user or not exists (select 1 from pg_roles where rolname = application_role) then
        raise notice 'stride_grant_application_role: nothing to do for %', application_role;
        return;
    end if;
    execute format('revoke all on all tables in schema %I from %I', current_schema(), application_role);
    execute format('grant usage on schema %I to %I', current_schema(), application_role);
    -- Append-only: read and add, never change or remove.
    execute format('grant select, insert on audit_event, intake_version, assessment, handout_plan, '
                   'duplicate_decision to %I', application_role);
    -- Registered once, never removed; intake rows carry the current version, links their use; change requests
    -- their decision.
    execute format('grant select, insert, update on patient, intake, intake_link, idempotency_key, app_user, '
                   'user_change_request to %I', application_role);
    -- Working state Stride deletes itself: drafts after submission, counters after sign-in, roles of a user.
    execute format('grant select, insert, update, delete on intake_draft, login_throttle, login_throttle_address, '
                   'app_user_role to %I', application_role);
    -- flyway_schema_history: nothing. Only the migration role reads or writes the schema history.
end;
$$;

revoke execute on function stride_grant_application_role(name) from public;
