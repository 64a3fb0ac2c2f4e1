-- The two PostgreSQL roles Stride runs with, made once by a DBA (or the deploy script) as a superuser:
--
--   psql -h db.example.clinic -U postgres -v db=stride -v owner=stride -v app=stride_app \
--        -v owner_password="$(cat owner.pw)" -v app_password="$(cat app.pw)" -f deploy/postgres/roles.sql
--
-- owner (STRIDE_DB_MIGRATION_USER): owns the database's schema and every table; Stride's Flyway migrations
--   run as it at start-up and, after each run, grant the application role its privileges
--   (db-migrations/V7__create_application_role_grants.sql).
-- app (STRIDE_DB_USER): what the connection pool uses. Owns nothing, cannot create roles or databases, is
--   not a member of the owner: it cannot ALTER a table, DISABLE a trigger or TRUNCATE, and on audit_event
--   it may only SELECT and INSERT.
--
-- Safe to run again: roles and the database are made only when missing. An existing installation whose
-- tables belong to the old single login (stride) keeps it as the owner: run this with owner=stride, then
-- set STRIDE_DB_MIGRATION_USER=stride and STRIDE_DB_USER=stride_app and restart Stride.
\set ON_ERROR_STOP on

select format('create role %I login password %L', :'owner', :'owner_password')
 where not exists (select 1 from pg_roles where rolname = :'owner') \gexec
select format('create role %I login nosuperuser nocreatedb nocreaterole noinherit password %L', :'app', :'app_password')
 where not exists (select 1 from pg_roles where rolname = :'app') \gexec
select format('create database %I owner %I', :'db', :'owner')
 where not exists (select 1 from pg_database where datname = :'db') \gexec

-- Only these two may connect; the owner owns the public schema, so its migrations create tables there.
select format('revoke all on database %I from public', :'db') \gexec
select format('grant connect on database %I to %I, %I', :'db', :'owner', :'app') \gexec
\connect :db
select format('alter schema public owner to %I', :'owner') \gexec
revoke create on schema public from public;

-- Check: the application role must not be able to act as the owner.
select case when pg_has_role(:'app', :'owner', 'member')
            then 'WRONG: ' || :'app' || ' is a member of ' || :'owner' || '; revoke it'
            else 'ok: ' || :'app' || ' owns nothing and is not a member of ' || :'owner' end as application_role_check;
