-- The clinic's own details, printed on every PDF and shown in the pages' header: name, address, phone, logo,
-- default language, handout footer, consent text per language. Never updated: a change adds a row (version n+1),
-- with who changed it and when, and the newest row is in force. Before the first row, the environment's defaults
-- (STRIDE_CLINIC_*) are in force.

create table clinic_settings (
    version           integer      primary key check (version > 0),
    name              varchar(120) not null check (length(btrim(name)) > 0),
    address           varchar(300),
    phone             varchar(40),
    -- SVG or PNG, at most 256 KiB; checked by type and content in ClinicSettings before it gets here.
    logo              bytea        check (logo is null or octet_length(logo) <= 262144),
    logo_type         varchar(20)  check (logo_type in ('image/png', 'image/svg+xml')),
    default_language  varchar(2)   not null check (default_language in ('en', 'es')),
    handout_footer    varchar(200),
    consent_text_en   varchar(8000),
    consent_text_es   varchar(8000),
    changed_at        timestamptz  not null,
    changed_by        varchar(100) not null,
    constraint clinic_settings_logo_typed check ((logo is null) = (logo_type is null))
);

-- The grants of V15 with clinic_settings added, append-only (a migration that adds a table replaces this function).
-- duplicate_decision (V18, another branch) is granted when it exists, so the order the two land in does not matter.
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
    execute format('grant select, insert on audit_event, intake_version, assessment, handout_plan, clinic_settings '
                   'to %I', application_role);
    if to_regclass('duplicate_decision') is not null then
        execute format('grant select, insert on duplicate_decision to %I', application_role);
    end if;
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
