-- Fills a migrated Stride database with realistic intakes, server-side, for the 1 M measurements.
-- psql -v n=1000000 -f generate-intakes.sql. One patient for every five intakes; visits over two years;
-- red flags in about 10 % of intakes (1 % emergencies); answers as jsonb in the shape the API stores. The
-- assessment snapshots are compact (ids and scores, not the full cited text the app stores) to keep the
-- database a few GB; the worklist and history queries do not read them.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;

create temp table names as select * from (values
  ('Ana'), ('Luis'), ('María'), ('John'), ('Grace'), ('Omar'), ('Lena'), ('Ravi'), ('Chloe'), ('Tomás'),
  ('Aisha'), ('Peter'), ('Sofía'), ('Wei'), ('Fatima'), ('Jonas'), ('Elena'), ('Kofi'), ('Ines'), ('Marek')) v(n);
create temp table families as select * from (values
  ('García'), ('Smith'), ('Okafor'), ('Nguyen'), ('Müller'), ('Rossi'), ('Patel'), ('Kowalski'), ('Silva'),
  ('Brown'), ('Khan'), ('López'), ('Dubois'), ('Andersen'), ('Yamamoto'), ('Novak')) v(f);

insert into patient (clinic_id, given_name, family_name, birth_date, sex)
select 'GEN-' || lpad(g::text, 7, '0'),
       (select n from names offset (g * 7) % 20 limit 1),
       (select f from families offset (g * 11) % 16 limit 1),
       date '1940-01-01' + ((g * 7919) % 23000),
       case g % 2 when 0 then 'female' else 'male' end
from generate_series(1, :n / 5) g;

create temp table gen as
select g,
       gen_random_uuid() as id,
       (select min(id) from patient where clinic_id like 'GEN-%') + (g % (:n / 5)) as patient_id,
       current_date - (random() * 730)::int as visit_date,
       (random() * 10)::int as intensity,
       case when random() < 0.90 then 0 when random() < 0.5 then 1 when random() < 0.9 then 2 else 3 end as red_flag_level,
       (array['trochanteric-bursitis','hip-osteoarthritis','it-band-syndrome','spinal-stenosis','disc-herniation',
              'incorrect-footwear','weak-hip-muscles','poor-posture','sciatica-piriformis','labral-tear'])[1 + (g % 10)] as cause1,
       (array['incorrect-footwear','excess-body-weight','sedentary-lifestyle','gait-abnormalities','muscle-fatigue'])[1 + (g % 5)] as cause2,
       (array['outer_hip','groin','buttock','lower_back','outer_thigh','back_of_leg','knee'])[1 + (g % 7)] as region
from generate_series(1, :n) g;

insert into intake (id, patient_id, visit_date, language, submitted_at, current_version, pain_intensity, red_flag_level, source, cause_ids)
select id, patient_id, visit_date, case when g % 5 = 0 then 'es' else 'en' end,
       visit_date + make_interval(secs => (g % 36000) + 28800), 1, intensity, red_flag_level, 'generated',
       array[cause1, cause2]
from gen;

insert into intake_version (intake_id, version, answers, created_at, created_by)
select id, 1, jsonb_build_object(
         'visitDate', visit_date, 'language', case when g % 5 = 0 then 'es' else 'en' end,
         'pain', jsonb_build_object('regions', jsonb_build_array(region), 'side', (array['left','right','both'])[1 + g % 3],
                 'intensity', intensity, 'onset', case when g % 3 = 0 then 'sudden' else 'gradual' end,
                 'durationWeeks', g % 100, 'when', jsonb_build_array('during_walking', 'stairs'),
                 'relievedBy', jsonb_build_array('rest'), 'character', jsonb_build_array('ache')),
         'factors', jsonb_build_object('heightCm', 150 + g % 45, 'weightKg', 50 + g % 70,
                 'footwear', jsonb_build_object('type', 'walking', 'ageMonths', g % 36, 'wornOut', g % 4 = 0, 'orthotics', false),
                 'posture', jsonb_build_object('sittingHoursPerDay', g % 12, 'slouched', g % 3 = 0, 'archedBack', false),
                 'activity', jsonb_build_object('walkingKmPerWeek', g % 40, 'runningKmPerWeek', case when g % 4 = 0 then g % 50 else 0 end,
                              'recentIncrease', g % 5 = 0, 'sports', '[]'::jsonb),
                 'conditions', '[]'::jsonb),
         'redFlags', jsonb_build_object('bladderBowelLoss', red_flag_level = 3, 'numbnessTinglingWeakness', red_flag_level = 2,
                 'swellingRedness', false, 'recentFallOrInjury', false, 'fever', false, 'severeOrWorsening', false,
                 'notImprovingWithRest', red_flag_level = 1, 'interferesWithDailyActivities', false)),
       visit_date + time '09:00', 'generator'
from gen;

insert into assessment (intake_id, version, knowledge_version, red_flag_level, result, created_at)
select id, 1, 'generated', red_flag_level,
       jsonb_build_object('knowledgeVersion', 'generated', 'possibleCauses',
         jsonb_build_array(jsonb_build_object('id', cause1, 'score', 3), jsonb_build_object('id', cause2, 'score', 1.5))),
       visit_date + time '09:00'
from gen;

analyze patient; analyze intake; analyze intake_version; analyze assessment;
select count(*) as intakes from intake;
