-- The assessment made for each version of an intake's answers, as it was shown then, with the version of
-- the knowledge base it was made with. Later knowledge changes never rewrite what a clinician or patient saw.

create table assessment (
    intake_id          uuid         not null,
    version            integer      not null,
    knowledge_version  varchar(64)  not null,
    red_flag_level     smallint     not null check (red_flag_level between 0 and 3),
    result             jsonb        not null,
    created_at         timestamptz  not null default now(),
    primary key (intake_id, version),
    foreign key (intake_id, version) references intake_version (intake_id, version)
);

-- The possible causes of the version in force, highest first, for the worklist's cause filter.
alter table intake add column cause_ids text[] not null default '{}';
create index intake_cause_ids_idx on intake using gin (cause_ids);
-- Worklist order: red flags first, then newest.
create index intake_worklist_idx on intake (red_flag_level desc, submitted_at desc, id desc);
