#!/usr/bin/env python3
"""Fills a database through a running Stride 0.1.0 (the round-1 release, commit 55d8626) the way a clinic would.

Not run by the tests: it made data.sql once, and is kept so the fixture can be made again and read. Usage (see
README.md beside it): start Stride 0.1.0 with STRIDE_DEMO_PATIENTS=true and STRIDE_DEMO_USERS=true on an empty
database, then

    python3 make-fixture.py http://127.0.0.1:18091 > secrets.properties

Everything goes through 0.1.0's own API and pages, so the rows have exactly the shapes that release wrote: intake
versions and assessments, audit rows with the plain SHA-256 chain of that release, handout plans, intake links (one
used, one open), a link draft saved by the form pages, a user an admin created, failed sign-ins.
"""
import http.cookiejar
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from base64 import b64encode

BASE = sys.argv[1].rstrip('/')
FRONT_DESK = ('frontdesk', 'Stride-frontdesk-2026')
CLINICIAN = ('clinician', 'Stride-clinician-2026')
ADMIN = ('admin', 'Stride-admin-2026')


def call(method, path, user, body=None, headers=None, expect=(200, 201)):
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode('utf-8')
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header('Authorization', 'Basic ' + b64encode(f'{user[0]}:{user[1]}'.encode()).decode())
    if data is not None:
        request.add_header('Content-Type', 'application/json; charset=UTF-8')
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request) as response:
            status, payload, ctype = response.status, response.read(), response.headers.get('Content-Type', '')
    except urllib.error.HTTPError as e:
        status, payload, ctype = e.code, e.read(), e.headers.get('Content-Type', '')
    if status not in expect:
        raise SystemExit(f'{method} {path} as {user[0]}: {status} {payload[:400]!r}')
    return json.loads(payload) if 'json' in ctype and payload else payload


def red_flags(**set_true):
    names = ['bladderBowelLoss', 'numbnessTinglingWeakness', 'swellingRedness', 'recentFallOrInjury', 'fever',
             'severeOrWorsening', 'notImprovingWithRest', 'interferesWithDailyActivities']
    return {name: set_true.get(name, False) for name in names}


def intake(patient, visit, language, intensity, regions, flags, factors=None, when=None):
    return {
        'patient': patient, 'visitDate': visit, 'language': language,
        'pain': {'regions': regions, 'side': 'right', 'intensity': intensity, 'onset': 'gradual',
                 'durationWeeks': 6, 'when': when or ['during_walking', 'stairs'], 'relievedBy': ['rest'],
                 'character': ['ache']},
        'factors': factors or {'heightCm': 168, 'weightKg': 71},
        'redFlags': flags,
    }


def answers_of(body):
    return {k: v for k, v in body.items() if k != 'patient'}


PATIENTS = [
    {'clinicId': 'UP-0001', 'givenName': 'María José', 'familyName': 'Núñez-Ortega', 'birthDate': '1961-03-14',
     'sex': 'female', 'phone': '+34 600 111 222', 'email': 'maria.jose@example.org'},
    {'clinicId': 'UP-0002', 'givenName': 'Zoë', 'familyName': 'Ångström', 'birthDate': '1958-07-01', 'sex': 'female'},
    {'clinicId': 'UP-0003', 'givenName': 'Seán', 'familyName': 'O’Brien', 'birthDate': '1990-12-31', 'sex': 'male',
     'phone': '+353 1 555 0100'},
    {'clinicId': 'UP-0004', 'givenName': 'Δημήτρης', 'familyName': 'Παπαδόπουλος', 'birthDate': '1975-05-20',
     'sex': 'male'},
    {'clinicId': 'UP-0005', 'givenName': '小龍', 'familyName': '李', 'birthDate': '1984-11-27', 'sex': 'other'},
    {'clinicId': 'UP-0006', 'givenName': 'Łucja', 'familyName': 'Wąsowska-Żak', 'birthDate': '2001-02-03',
     'sex': 'unknown', 'email': 'łucja@example.org'},
]

ids = {}
full_factors = {
    'heightCm': 164, 'weightKg': 82,
    'footwear': {'type': 'walking', 'ageMonths': 30, 'wornOut': True, 'orthotics': False},
    'posture': {'sittingHoursPerDay': 7, 'slouched': True, 'archedBack': False},
    'legLength': {'differenceMm': 8, 'longerSide': 'left', 'measured': False},
    'gait': {'kneeValgus': False, 'overPronation': True, 'supination': False, 'limp': False},
    'activity': {'walkingKmPerWeek': 25, 'runningKmPerWeek': 12, 'recentIncrease': True, 'unevenTerrain': True,
                 'strengthTraining': False, 'warmsUp': False, 'sports': ['swimming']},
    'pastInjuries': {'hipFracture': False, 'dislocation': False, 'other': 'esguince de tobillo «2019» — curado'},
    'conditions': ['osteoarthritis'],
}
bodies = [
    intake(PATIENTS[0], '2026-11-20', 'es', 6, ['outer_hip', 'outer_thigh'], red_flags(notImprovingWithRest=True),
           full_factors, ['during_walking', 'lying_on_side', 'stairs']),
    intake(PATIENTS[1], '2026-11-21', 'en', 8, ['lower_back', 'buttock', 'back_of_leg'],
           red_flags(bladderBowelLoss=True, numbnessTinglingWeakness=True)),
    intake(PATIENTS[2], '2026-11-22', 'en', 3, ['groin'], red_flags(), {'heightCm': 181, 'weightKg': 77}),
    intake(PATIENTS[3], '2026-11-23', 'en', 7, ['knee', 'outer_hip'], red_flags(fever=True, swellingRedness=True)),
    intake(PATIENTS[4], '2026-11-24', 'en', 5, ['foot', 'lower_back'], red_flags(recentFallOrInjury=True)),
    intake(PATIENTS[5], '2026-11-24', 'es', 4, ['outer_hip'], red_flags(severeOrWorsening=True)),
]
for i, body in enumerate(bodies):
    key = f'upgrade-fixture-{i}'
    created = call('POST', '/api/intakes', FRONT_DESK, body, {'Idempotency-Key': key})
    ids[body['patient']['clinicId']] = created['id']
    # The same key again: answered from the idempotency record, no second intake.
    call('POST', '/api/intakes', FRONT_DESK, body, {'Idempotency-Key': key})

# Amendments: María José twice (three versions), Seán once.
first = answers_of(bodies[0])
first['pain'] = dict(first['pain'], intensity=5)
call('POST', f"/api/intakes/{ids['UP-0001']}/amendments", CLINICIAN,
     dict(first, reason='La paciente corrigió el dolor en recepción: «5», no 6'))
first['factors'] = dict(first['factors'], weightKg=80)
call('POST', f"/api/intakes/{ids['UP-0001']}/amendments", CLINICIAN,
     dict(first, reason='Peso medido en consulta: 80 kg'))
third = answers_of(bodies[2])
third['redFlags'] = red_flags(interferesWithDailyActivities=True)
call('POST', f"/api/intakes/{ids['UP-0003']}/amendments", CLINICIAN,
     dict(third, reason='Seán’s daily activities are affected after all'))

# Reads that 0.1.0 audits: intakes, versions, assessments, PDFs, a patient's history, the worklist.
for clinic_id, intake_id in ids.items():
    call('GET', f'/api/intakes/{intake_id}', CLINICIAN)
    call('GET', f'/api/intakes/{intake_id}/assessment', CLINICIAN)
    call('GET', f'/api/patients/{urllib.parse.quote(clinic_id)}/intakes', CLINICIAN)
call('GET', f"/api/intakes/{ids['UP-0001']}/versions/1", CLINICIAN)
call('GET', f"/api/intakes/{ids['UP-0001']}/summary.pdf", CLINICIAN)
call('GET', f"/api/intakes/{ids['UP-0002']}/summary.pdf", CLINICIAN)
call('GET', f"/api/intakes/{ids['UP-0001']}/handout.pdf?lang=es&large=true", CLINICIAN)
call('GET', '/api/intakes?limit=20', CLINICIAN)
call('GET', f"/api/intakes/{uuid.UUID(int=0)}", CLINICIAN, expect=(404,))  # a refused read is audited too
call('GET', f"/api/intakes/{ids['UP-0001']}", FRONT_DESK, expect=(403,))

# Handout plans: María José's (Spanish, large print), then a second choice that replaces it; Seán's.
call('POST', f"/api/intakes/{ids['UP-0001']}/handout", CLINICIAN,
     {'language': 'es', 'largePrint': True,
      'exercises': [{'id': 'clamshells', 'dosage': {'sets': 2, 'reps': 12, 'timesPerWeek': 4}},
                    {'id': 'piriformis-stretch'}]})
call('POST', f"/api/intakes/{ids['UP-0001']}/handout", CLINICIAN,
     {'language': 'es', 'largePrint': False, 'exercises': [{'id': 'clamshells'}]})
call('POST', f"/api/intakes/{ids['UP-0003']}/handout", CLINICIAN, {'exercises': []})
call('GET', f"/api/intakes/{ids['UP-0001']}/handout-plan", CLINICIAN)

# Intake links: Zoë's is used through the API; Łucja's stays open (its token goes to secrets.properties).
used = call('POST', '/api/patients/UP-0002/intake-links', FRONT_DESK, {'language': 'en'})
token_used = used['api'].rsplit('/', 1)[1]
link_answers = answers_of(intake(PATIENTS[1], '2026-11-28', 'en', 4, ['outer_hip'], red_flags()))
call('POST', f'/api/intake-links/{token_used}/intake', FRONT_DESK, link_answers)
opened = call('POST', '/api/patients/UP-0006/intake-links', FRONT_DESK, {'language': 'es'})
token_open = opened['api'].rsplit('/', 1)[1]

# A draft, saved by 0.1.0's own form pages: Łucja opens her link and answers the first page.
jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
browser.open(f'{BASE}/intake-links/{token_open}').read()
page = browser.open(f'{BASE}/intake-link/step?step=where').read().decode('utf-8')
csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
form = [('intake', 'intake'), ('_csrf', csrf), ('step', 'where'), ('pain.regions', 'outer_hip'),
        ('pain.regions', 'groin'), ('pain.side', 'left'), ('pain.intensity', '7'), ('next', 'Guardar y continuar'),
        ('jakarta.faces.ViewState', 'stateless')]
browser.open(f'{BASE}/intake-link/step', urllib.parse.urlencode(form).encode()).read()

# Users: an admin adds a clinician; two failed sign-ins for a name that does not exist.
call('POST', '/api/users', ADMIN, {'username': 'm.nunez', 'password': 'Clínica-Núñez-2026!', 'roles': ['clinician']})
for _ in range(2):
    call('GET', '/api/intakes?limit=1', ('nobody.here', 'wrong-password-123'), expect=(401,))
call('GET', '/api/audit?limit=50', ADMIN)

print('# Made by make-fixture.py against Stride 0.1.0; the open link and its draft belong to UP-0006.')
print(f'open.link.token={token_open}')
print(f'used.link.token={token_used}')
# The cookie Łucja's browser holds for her draft: with it, the link page carries on where she stopped.
print('open.link.draft.cookie=' + next(c.value for c in jar if c.name == 'stride-link-draft'))
for clinic_id, intake_id in ids.items():
    print(f'intake.{clinic_id}={intake_id}')
