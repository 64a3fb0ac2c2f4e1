-- The patient's consent to an intake: the clinic's consent and privacy notice they were shown (its version is the
-- clinic_settings version in force, 0 = Stride's own wording of that release, in the language shown), the full
-- name they typed as their signature, when, and through which door (kiosk, link, clinic form). Never updated.
-- An intake without a row here was stored without consent (e.g. through the API): the patient page and the
-- summary say so.

create table intake_consent (
    intake_id       uuid         primary key references intake (id),
    notice_version  integer      not null check (notice_version >= 0),
    language        varchar(2)   not null check (language in ('en', 'es')),
    signed_name     varchar(200) not null check (length(btrim(signed_name)) > 0),
    device_path     varchar(20)  not null check (device_path in ('kiosk', 'link', 'clinic-form')),
    consented_at    timestamptz  not null
);

-- The grants of V19 with intake_consent added (a migration that adds a table replaces this function).
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
    execute format('grant select, insert on audit_event, intake_version, assessment, handout_plan, clinic_settings, '
                   'intake_consent to %I', application_role);
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
