-- The audit chain becomes keyed, and rows name what else they were about (docs/security.md, "Audit trail").
--
-- key_id: the id of the HMAC key the row's hash was made with (clinic.stride.audit.AuditKeys); the key itself
-- lives outside the database (STRIDE_AUDIT_KEYS or STRIDE_AUDIT_KEYS_FILE). Rows written before this migration
-- have none and keep verifying as the plain SHA-256 chain they were written as; once a keyed row exists, an
-- unkeyed row after it counts as broken.
alter table audit_event add column key_id varchar(32);

-- subject: what an administrative action concerned, "user:<name>" or "change-request:<id>" (never a patient).
alter table audit_event add column subject varchar(120);

-- disclosed: the clinic ids a list view showed (worklist, intake list, export), sorted. A patient search of
-- the trail matches them as well as clinic_id, so every disclosure of a patient is found.
alter table audit_event add column disclosed varchar(40)[];

create index audit_event_disclosed_idx on audit_event using gin (disclosed);
