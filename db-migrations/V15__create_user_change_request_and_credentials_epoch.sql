-- Separation of duties and revocable sign-ins (docs/security.md, "Users and approvals").
--
-- credentials_epoch: raised by every password reset, disable, enable and role change. A page session and the
-- API's memory of verified credentials carry the epoch they were signed in under and are refused once it
-- differs, on every instance, because the epoch is read from here (clinic.stride.security.CredentialsEpochs).
alter table app_user add column credentials_epoch bigint not null default 0;

-- A change one admin asked for and a second admin has to approve before it takes effect (four-eyes): giving
-- someone a clinical or the admin role, or resetting the password of a clinician or an admin. A pending
-- password reset holds the new password's PBKDF2 hash only, and loses it when the request is decided.
create table user_change_request (
    id             bigint       generated always as identity primary key,
    kind           varchar(20)  not null check (kind in ('grant-roles', 'password-reset')),
    username       varchar(64)  not null references app_user (username),
    roles          varchar(100),
    password_hash  varchar(512),
    requested_by   varchar(64)  not null,
    requested_at   timestamptz  not null,
    decision       varchar(10)  check (decision in ('approved', 'rejected')),
    decided_by     varchar(64),
    decided_at     timestamptz,
    constraint user_change_request_what check ((kind = 'grant-roles') = (roles is not null)),
    constraint user_change_request_decided check ((decision is null) = (decided_by is null)
                                                  and (decision is null) = (decided_at is null)),
    -- Approved only by someone other than the admin who asked and the user it concerns.
    constraint user_change_request_four_eyes check (decision is distinct from 'approved'
                                                    or (decided_by <> requested_by and decided_by <> username)),
    constraint user_change_request_hash_until_decided check (decision is null or password_hash is null)
);

create index user_change_request_pending_idx on user_change_request (id) where decision is null;

-- The grants of V7 with user_change_request added (a migration that adds a table replaces this function).
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
    execute format('grant select, insert on audit_event, intake_version, assessment, handout_plan to %I', application_role);
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
