-- A consent can be sent with an intake through the REST API (POST /api/intakes):
-- its device path is 'api'. No table is added, so the grants of V22 stand as they are.

alter table intake_consent drop constraint intake_consent_device_path_check;
alter table intake_consent add constraint intake_consent_device_path_check
    check (device_path in ('kiosk', 'link', 'clinic-form', 'api'));
