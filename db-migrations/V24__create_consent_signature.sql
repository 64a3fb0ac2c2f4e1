-- A signature the patient drew on the consent step, beside the full name they typed (intake_consent.signed_name,
-- which stays the signature that counts: drawing is optional). Kept in a table of its own so that the consent row
-- itself is untouched. The drawing is SVG path data only, as Stride wrote it back after parsing what the page
-- posted (clinic.stride.consent.DrawnSignature): absolute move and line commands with whole numbers inside a
-- 400 x 150 box, never markup. Never updated.

create table intake_consent_signature (
    intake_id   uuid          primary key references intake_consent (intake_id),
    path_data   varchar(8000) not null check (path_data ~ '^M[0-9]{1,3} [0-9]{1,3}( ?[ML][0-9]{1,3} [0-9]{1,3})*$'),
    drawn_at    timestamptz   not null
);

-- The application role's grants, with the table above added. The function in force before this migration is kept
-- under another name and called first, so the grants it gives stay as they are.
alter function stride_grant_application_role(name) rename to stride_grant_application_role_before_v24;
revoke execute on function stride_grant_application_role_before_v24(name) from public;

create function stride_grant_application_role(application_role name) returns void
    language plpgsql as $$
begin
    perform stride_grant_application_role_before_v24(application_role);
    if application_role = current_user or not exists (select 1 from pg_roles where rolname = application_role) then
        return;
    end if;
    -- Append-only, as the consent it belongs to: read and add, never change or remove.
    execute format('grant select, insert on intake_consent_signature to %I', application_role);
end;
$$;

revoke execute on function stride_grant_application_role(name) from public;
