-- An assessment's result (about 6 KB of jsonb) is over PostgreSQL's TOAST threshold, so every insert compresses it.
-- With the default pglz that took about 90 microseconds of the backend's CPU per row, with lz4 about 20, for rows
-- 11 % larger (3.7 KB against 3.3 KB stored), and reading one back is twice as fast (docs/benchmarks.md, ninth
-- pass of performance round 2, measured on 93,156 real rows). Only rows written from now on use lz4; older rows
-- stay pglz and read the same. A PostgreSQL built without lz4 keeps pglz rather than fail the migration.

do $$
begin
    if exists (select 1 from pg_settings
               where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
        alter table assessment alter column result set compression lz4;
    end if;
end
$$;
