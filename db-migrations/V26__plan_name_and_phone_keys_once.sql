-- The name and phone keys of V18, unchanged in what they give, written so that PostgreSQL stops parsing and
-- planning them on every statement. A plain SQL function that PostgreSQL cannot inline is parsed and planned again
-- by each statement that calls it: stride_name_key (a sub-select, and its search path) on every patient insert,
-- for the stored name_key, and stride_phone_key (a FROM clause) for the phone-key index on every insert and for
-- each candidate of the duplicate look-up. Together about 4 % of the whole machine's CPU under load, 0.1 ms of the
-- backend's per insert (docs/benchmarks.md, tenth pass of performance round 2).
--
-- stride_name_key becomes PL/pgSQL, which keeps its plan for the life of the connection; its search path stays the
-- migration's, so a restore (pg_restore runs with an empty search path) computes the stored keys the same way.
-- stride_phone_key becomes one expression with its body parsed here (SQL-standard body: its names are bound now,
-- whatever the caller's search path), which PostgreSQL inlines into the index and the queries; inlining needs it
-- non-strict, and a null phone still gives null (regexp_replace and length of null are null). Both give the keys
-- V18's did, so the stored name keys and the phone-key index stay valid (NameKeysIT compares them on one database
-- before and after this migration).
--
-- The reindex at the end is for connections opened before this migration, such as an older instance's pool during a
-- rolling update: each keeps the index's expression as it first read it, the un-inlined V18 call, which the inlined
-- look-up no longer matches, so those connections would scan the whole patient table for every look-up until they
-- reconnect. Rebuilding the index makes every connection read its expression again; it blocks writes to patient for
-- the rebuild, seconds for a clinic's patients.

create or replace function stride_name_key(given text, family text) returns text
    language plpgsql immutable strict parallel safe set search_path from current as $$
begin
    return array_to_string(array(
        select w from regexp_split_to_table(
            regexp_replace(stride_fold(unaccent('unaccent'::regdictionary, given || ' ' || family)),
                           '[''’ʼ`]', '', 'g'),
            '[\s\u3000,."-]+') as w
        where w <> '' order by w collate "C"), ' ');
end
$$;

create or replace function stride_phone_key(phone text) returns text
    language sql immutable parallel safe
    return nullif(case when length(regexp_replace(phone, '[^0-9]', '', 'g')) >= 7
                       then regexp_replace(phone, '[^0-9]', '', 'g') end, '');

reindex index patient_phone_key_idx;
