-- Stride in production connects as a role that owns nothing (for example stride_app) and holds only the
-- privileges below; the tables belong to the role that runs these migrations. A role that does not own
-- audit_event cannot ALTER it, DISABLE its triggers or TRUNCATE it, and is never granted UPDATE or DELETE
-- on it, so the append-only rule no longer depends on the trigger alone. The same holds for the clinical
-- history: versions and the assessments stored with them are insert-only.
--
-- stride_grant_application_role(role) sets exactly these privileges (revoking anything else on this
-- schema's tables first). Stride calls it after every migration run when STRIDE_DB_MIGRATION_USER differs
-- from STRIDE_DB_USER (clinic.stride.platform.Database), so a table added by a later migration is granted as
-- soon as that migration has run; a migration that adds a table replaces this function with one more line.
-- Nothing happens when the role does not exist or is the one running the migrations.
create function stride_grant_application_role(application_role name) returns void
    language plpgsql as $$
begin
    if application_role = current_user or not exists (select 1 from pg_roles where rolname = application_role) then
        raise notice 'stride_grant_application_role: nothing to do for %', application_role;
        return;
    end if;
    execute format('revoke all on all tables in schema %I from %I', current_schema(), application_role);
    execute format('grant usage on schema %I to %I', current_schema(), application_role);
    -- Append-only: read and add, never change or remove.
    execute format('grant select, insert on audit_event, intake_version, assessment, handout_plan to %I', application_role);
    -- Registered once, never removed; intake rows carry the current version, links their use.
    execute format('grant select, insert, update on patient, intake, intake_link, idempotency_key, app_user to %I', application_role);
    -- Working state Stride deletes itself: drafts after submission, counters after sign-in, roles of a user.
    execute format('grant select, insert, update, delete on intake_draft, login_throttle, login_throttle_address, '
                   'app_user_role to %I', application_role);
    -- flyway_schema_history: nothing. Only the migration role reads or writes the schema history.
end;
$$;

revoke execute on function stride_grant_application_role(name) from public;
