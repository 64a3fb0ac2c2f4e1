-- Users and roles for Jakarta Security's database identity store, failed sign-in counters for the lockout,
-- single-use patient intake links, and the append-only, hash-chained audit trail.

-- Passwords are PBKDF2 hashes in the format of Jakarta Security's Pbkdf2PasswordHash
-- (algorithm:iterations:salt:hash); never a plain or home-made hash.
create table app_user (
    username       varchar(64)  primary key check (username ~ '^[a-z0-9][a-z0-9._-]*$'),
    password_hash  varchar(512) not null,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now()
);

create table app_user_role (
    username  varchar(64) not null references app_user (username),
    role      varchar(20) not null check (role in ('front-desk', 'clinician', 'admin')),
    primary key (username, role)
);

-- Failed sign-ins per user name (known or not, so the lockout does not tell which names exist). In the
-- database, not in memory, so every instance sees the same count.
create table login_throttle (
    username      varchar(254) primary key,
    failures      integer      not null,
    window_start  timestamptz  not null,
    locked_until  timestamptz
);

-- A link the front desk gives a patient to fill in their own intake. Only the SHA-256 of the token is
-- stored: a copy of this table does not let anyone open a link.
create table intake_link (
    id          bigint      generated always as identity primary key,
    token_hash  char(64)    not null,
    patient_id  bigint      not null references patient (id),
    language    varchar(2)  not null check (language in ('en', 'es')),
    created_at  timestamptz not null,
    created_by  varchar(64) not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    intake_id   uuid        references intake (id),
    constraint intake_link_token_hash_unique unique (token_hash),
    constraint intake_link_used_with_intake check ((used_at is null) = (intake_id is null))
);

-- One row per access to patient data and per refused attempt. Ids only, never names or answers.
-- No foreign keys: an attempt on an intake that does not exist is recorded too, and the trail must
-- outlive whatever it refers to.
create table audit_event (
    id          bigint       generated always as identity primary key,
    at          timestamptz  not null,
    username    varchar(64),
    role        varchar(100),
    action      varchar(60)  not null,
    clinic_id   varchar(40),
    intake_id   uuid,
    request_id  varchar(64)  not null,
    status      smallint     not null,
    outcome     varchar(20)  not null,
    -- hash = SHA-256(prev_hash || canonical fields), see clinic.stride.audit.AuditChain.
    prev_hash   char(64)     not null,
    hash        char(64)     not null,
    constraint audit_event_hash_unique unique (hash)
);

-- GET /api/audit: by patient, by user, by date, newest first.
create index audit_event_clinic_idx on audit_event (clinic_id, id desc);
create index audit_event_username_idx on audit_event (username, id desc);
create index audit_event_at_idx on audit_event (at, id);

-- Append-only, enforced by PostgreSQL itself whatever the application does: rows can be inserted and read,
-- never changed or removed. Production should also run Stride as a role that owns neither this table nor
-- the trigger (so it cannot disable it) and holds only SELECT and INSERT on it.
create function audit_event_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

revoke update, delete, truncate on audit_event from public;
