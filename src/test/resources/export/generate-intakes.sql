-- Generates realistic, varied intakes straight in PostgreSQL, for the streaming export test and the
-- one-million-row export benchmark (deploy/bench/export-1m.sh). psql variables (ExportIT substitutes them
-- textually): rows = number of intakes, tag = clinic-id prefix (letters and digits), first_day = the
-- earliest visit date; visits spread over 365 days from it. About three intakes per patient. Unlike
-- src/test/load/generate-intakes.sql (worklist queries), every answer varies, since the export writes them
-- all; no assessment snapshots (the export reads the red-flag level and causes kept on the intake).
insert into patient (clinic_id, given_name, family_name, birth_date, sex)
select :'tag' || '-' || g, 'Given' || g, 'Family' || g,
       date '1935-01-01' + ((g::bigint * 7919) % 27000)::int,
       (array['female', 'male', 'female', 'male', 'other', 'unknown'])[1 + g % 6]
from generate_series(1, greatest(:rows / 3, 1)) g;

with generated as materialized (
    select g, gen_random_uuid() as id, p.id as patient_id, (:'first_day'::date + (g % 365)) as visit_date,
           timestamptz '2026-01-01 08:00:00+00' + g * interval '1 second' as submitted_at,
           g % 11 as intensity,
           array[(array['trochanteric-bursitis', 'hip-osteoarthritis', 'it-band-syndrome', 'spinal-stenosis', 'disc-herniation',
                         'incorrect-footwear', 'weak-hip-muscles', 'poor-posture', 'sciatica-piriformis', 'labral-tear'])[1 + g % 10],
                 (array['incorrect-footwear', 'excess-body-weight', 'sedentary-lifestyle', 'gait-abnormalities', 'muscle-fatigue'])[1 + g % 5]]
               as cause_ids
    from generate_series(1, :rows) g
    join patient p on p.clinic_id = :'tag' || '-' || (1 + g % greatest(:rows / 3, 1))
), inserted as (
    insert into intake (id, patient_id, visit_date, language, submitted_at, current_version, pain_intensity, red_flag_level, source, cause_ids)
    select id, patient_id, visit_date, case when g % 5 = 0 then 'es' else 'en' end, submitted_at, 1, intensity,
           case when g % 50 = 0 then 3 when g % 20 = 0 then 2 when g % 7 = 0 then 1 else 0 end, 'generated', cause_ids
    from generated
)
insert into intake_version (intake_id, version, answers, created_at, created_by)
select id, 1, jsonb_strip_nulls(jsonb_build_object(
    'visitDate', visit_date,
    'language', case when g % 5 = 0 then 'es' else 'en' end,
    'pain', jsonb_build_object(
        'regions', to_jsonb(array_remove(array[
            (array['outer_hip', 'groin', 'buttock', 'lower_back', 'outer_thigh', 'back_of_leg', 'knee', 'foot'])[1 + g % 8],
            case when g % 4 = 0 then (array['outer_hip', 'groin', 'buttock', 'lower_back', 'outer_thigh', 'back_of_leg', 'knee', 'foot'])[1 + (g + 3) % 8] end], null)),
        'side', (array['left', 'right', 'both'])[1 + g % 3],
        'intensity', intensity,
        'onset', case when g % 3 = 0 then 'sudden' else 'gradual' end,
        'durationWeeks', (g * 13) % 104,
        'when', to_jsonb(array_remove(array[
            (array['during_walking', 'after_walking', 'during_running', 'after_running', 'at_rest', 'lying_on_side', 'stairs', 'getting_up'])[1 + g % 8],
            case when g % 2 = 0 then (array['getting_out_of_car', 'night', 'sitting', 'standing', 'lifting_leg', 'pivoting', 'bending_backward'])[1 + g % 7] end], null)),
        'relievedBy', to_jsonb(array_remove(array[case when g % 3 > 0 then (array['rest', 'sitting', 'leaning_forward', 'stopping_activity', 'stretching'])[1 + g % 5] end], null)),
        'character', to_jsonb(array[(array['ache', 'sharp', 'shooting', 'burning', 'stiffness', 'clicking', 'catching', 'giving_way', 'rubbing', 'tingling', 'numbness', 'weakness'])[1 + g % 12]])),
    'factors', jsonb_build_object(
        'heightCm', 150 + (g * 7) % 45,
        'weightKg', 48 + (g * 11) % 70,
        'footwear', jsonb_build_object(
            'type', (array['running', 'walking', 'everyday', 'dress', 'high_heels', 'sandals', 'work_boots', 'minimalist', 'orthopedic', 'other'])[1 + g % 10],
            'ageMonths', (g * 5) % 48, 'wornOut', g % 4 = 0, 'orthotics', g % 9 = 0),
        'posture', jsonb_build_object('sittingHoursPerDay', (g * 3) % 13, 'slouched', g % 3 = 0, 'archedBack', g % 8 = 0),
        'legLength', jsonb_build_object('differenceMm', case when g % 6 = 0 then g % 20 end,
            'longerSide', case when g % 6 = 0 and g % 20 > 0 then (array['left', 'right'])[1 + g % 2] end,
            'measured', case when g % 6 = 0 then g % 12 = 0 end),
        'gait', jsonb_build_object('kneeValgus', g % 10 = 0, 'overPronation', g % 7 = 0, 'supination', g % 23 = 0, 'limp', g % 15 = 0),
        'activity', jsonb_build_object(
            'walkingKmPerWeek', (g * 3) % 60,
            'runningKmPerWeek', case when g % 3 = 0 then 5 + (g % 60) else 0 end,
            'recentIncrease', g % 5 = 0, 'unevenTerrain', g % 4 = 0,
            'downhill', case when g % 3 = 0 then g % 2 = 0 end, 'speedWork', case when g % 3 = 0 then g % 4 = 0 end,
            'strengthTraining', g % 3 = 1, 'warmsUp', g % 2 = 1,
            'sports', to_jsonb(array_remove(array[case when g % 4 = 1 then (array['soccer', 'ball_games', 'dancing', 'gymnastics', 'rowing', 'cycling', 'swimming', 'golf', 'jumping', 'other'])[1 + g % 10] end], null))),
        'pastInjuries', jsonb_build_object('hipFracture', g % 97 = 0, 'dislocation', g % 89 = 0,
            'other', case when g % 10 = 0 then 'sprained ankle in ' || (1990 + g % 30) end),
        'conditions', to_jsonb(array_remove(array[case when g % 5 = 0 then (array['osteoarthritis', 'osteoporosis', 'hip_dysplasia', 'fibromyalgia', 'lupus', 'gout', 'spinal_condition', 'pelvic_gynecological'])[1 + g % 8] end], null))),
    'redFlags', jsonb_build_object(
        'bladderBowelLoss', g % 50 = 0, 'numbnessTinglingWeakness', g % 20 = 0, 'swellingRedness', g % 31 = 0,
        'recentFallOrInjury', g % 17 = 0, 'fever', g % 43 = 0, 'severeOrWorsening', intensity >= 8,
        'notImprovingWithRest', g % 3 = 0, 'interferesWithDailyActivities', g % 4 = 0))),
    submitted_at, 'generated'
from generated;
