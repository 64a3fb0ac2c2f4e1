-- An Idempotency-Key is now claimed with the id of the intake it is about to create (one INSERT instead of
-- INSERT, SELECT ... FOR UPDATE and a later UPDATE: the load test counts every round trip). The intake row is
-- written later in the same transaction, so the reference is checked at commit rather than at the INSERT.
-- Nothing else changes: a key still never points at an intake that does not exist once committed.
alter table idempotency_key alter constraint idempotency_key_intake_id_fkey deferrable initially deferred;
