-- Home programme (issue 20): a private link through which a patient reads their stored handout plan on a phone and
-- logs their exercise sessions. The link is a random token kept only as its SHA-256 (as intake_link); it works
-- until the clinician's date or until it is revoked. Sessions are append-only: a patient's log is never changed,
-- each row names the plan version (handout_plan row) it was done against.

create table home_programme_link (
    id                 bigint generated always as identity primary key,
    token_hash         char(64)     not null unique,
    intake_id          uuid         not null references intake (id),
    plan_id            bigint       not null references handout_plan (id),
    language           varchar(2)   not null check (language in ('en', 'es')),
    -- The plan's sessions a week when the link was issued (the highest "times a week" of its exercises).
    sessions_per_week  smallint     not null check (sessions_per_week between 1 and 14),
    valid_until        date         not null,
    created_at         timestamptz  not null,
    created_by         varchar(100) not null,
    revoked_at         timestamptz,
    revoked_by         varchar(100),
    check ((revoked_at is null) = (revoked_by is null))
);

-- An intake's links on the handout page and the patient page (HomeProgrammeLink.forIntakes).
create index home_programme_link_intake_idx on home_programme_link (intake_id, created_at desc);

create table home_programme_session (
    id            bigint generated always as identity primary key,
    link_id       bigint       not null references home_programme_link (id),
    plan_id       bigint       not null references handout_plan (id),
    done_on       date         not null,
    recorded_at   timestamptz  not null,
    -- The knowledge base's exercise ids ticked as done, at least one.
    exercise_ids  varchar(60)[] not null check (cardinality(exercise_ids) between 1 and 12),
    pain_during   smallint     check (pain_during between 0 and 10),
    pain_after    smallint     check (pain_after between 0 and 10),
    note          varchar(500)
);

-- A patient's sessions by link and day (ExerciseSession.forLinks, the worklist's "not exercising" and "pain rising").
create index home_programme_session_link_idx on home_programme_session (link_id, done_on);

create function home_programme_session_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'home_programme_session is append-only';
end;
$$;

create trigger home_programme_session_append_only
    before update or delete on home_programme_session
    for each row execute function home_programme_session_refuse_change();

-- The application role's grants, with the two tables above added. The function in force before this migration
-- is kept under another name and called first, so the grants it gives (V15's and those of V18-V20) stay as they are.
alter function stride_grant_application_role(name) rename to stride_grant_application_role_before_v21;
revoke execute on function stride_grant_application_role_before_v21(name) from public;

create function stride_grant_application_role(application_role name) returns void
    language plpgsql as $$
begin
    perform stride_grant_application_role_before_v21(application_role);
    if application_role = current_user or not exists (select 1 from pg_roles where rolname = application_role) then
        return;
    end if;
    -- Sessions are append-only: read and add, never change or remove. Links carry their revocation.
    execute format('grant select, insert on home_programme_session to %I', application_role);
    execute format('grant select, insert, update on home_programme_link to %I', application_role);
end;
$$;

revoke execute on function stride_grant_application_role(name) from public;
