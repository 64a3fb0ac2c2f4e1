-- Half-filled intake forms, so a patient can close the tab and carry on later. The browser holds only a
-- random token in a cookie; this table holds the SHA-256 of that token, never the token itself, so a copy
-- of the table does not let anyone open a draft. Drafts are deleted when submitted and after expires_at.
create table intake_draft (
    token_hash  char(64)    primary key,
    answers     jsonb       not null,
    kiosk       boolean     not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    expires_at  timestamptz not null
);

create index intake_draft_expires_idx on intake_draft (expires_at);

-- The clinician worklist by visit date: red flags first, then newest within a day (V3 indexes the undated order).
create index intake_worklist_visit_idx on intake (visit_date, red_flag_level desc, submitted_at desc, id desc);

-- Name search on the worklist: prefix match on the lower-cased given or family name.
create index patient_family_name_prefix_idx on patient (lower(family_name) text_pattern_ops);
create index patient_given_name_prefix_idx on patient (lower(given_name) text_pattern_ops);
