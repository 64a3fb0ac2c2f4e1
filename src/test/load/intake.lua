-- wrk script: POST /api/intakes with realistic, varied intake bodies, authenticated as an API client.
-- Every request is a new patient visit with its own Idempotency-Key. Prints p50/p95/p99 and status counts.
-- Usage: wrk -t2 -c32 -d20s -s intake.lua http://127.0.0.1:8383  (env STRIDE_AUTH = "Basic ...")
-- PACE_MS=n: each client waits a random time (exponential, mean n ms) before its next request, so 32 clients
-- offer about 32000/n intakes/s instead of as many as the server can take (latency at a given load).

local regions = {"outer_hip", "groin", "buttock", "lower_back", "outer_thigh", "back_of_leg", "knee"}
local sides = {"left", "right", "both"}
local triggers = {"during_walking", "after_walking", "during_running", "after_running", "at_rest", "lying_on_side",
                  "stairs", "getting_up", "getting_out_of_car", "night", "sitting", "standing"}
local characters = {"ache", "sharp", "burning", "stiffness", "clicking", "catching", "giving_way", "tingling"}
local shoes = {"running", "walking", "everyday", "dress", "sandals", "orthopedic"}
local conditions = {"osteoarthritis", "osteoporosis", "hip_dysplasia", "fibromyalgia", "gout", "spinal_condition"}
local given = {"Ana", "Luis", "Maria", "John", "Grace", "Omar", "Lena", "Ravi", "Chloe", "Tomas"}
local family = {"Garcia", "Smith", "Okafor", "Nguyen", "Muller", "Rossi", "Patel", "Kowalski", "Silva", "Brown"}

local thread_id = 0
local counter = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function init(args)
  math.randomseed(os.time() + tid * 7919)
  auth = os.getenv("STRIDE_AUTH")
  -- INTAKE_PATH=/stack-floor/intake sends the same bodies to the stack's floor (load-test.sh).
  path = os.getenv("INTAKE_PATH") or "/api/intakes"
end

-- Exponential think time: arrivals do not line up, as real front desks' do not. Defined only when asked for:
-- wrk sends through a timer for every request once a script has a delay function.
local pace_ms = tonumber(os.getenv("PACE_MS") or "")
if pace_ms then
  function delay()
    return math.floor(-pace_ms * math.log(1 - math.random()))
  end
end

local function pick(list) return list[math.random(#list)] end

local function some(list, max)
  local chosen, seen = {}, {}
  for _ = 1, math.random(1, max) do
    local v = pick(list)
    if not seen[v] then seen[v] = true; chosen[#chosen + 1] = '"' .. v .. '"' end
  end
  return "[" .. table.concat(chosen, ",") .. "]"
end

local function bool(p) return (math.random() < p) and "true" or "false" end

function request()
  counter = counter + 1
  local key = string.format("load-%d-%d-%d-%d", tid, os.time(), counter, math.random(1e9))
  local runner = math.random() < 0.4
  local body = string.format([[{"patient":{"clinicId":"L%d-%d-%d","givenName":"%s","familyName":"%s","birthDate":"%d-%02d-%02d","sex":"%s"},
"visitDate":"2026-11-%02d","language":"%s",
"pain":{"regions":%s,"side":"%s","intensity":%d,"onset":"%s","durationWeeks":%d,"when":%s,"relievedBy":["rest"],"character":%s},
"factors":{"heightCm":%d,"weightKg":%d,"footwear":{"type":"%s","ageMonths":%d,"wornOut":%s,"orthotics":%s},
"posture":{"sittingHoursPerDay":%d,"slouched":%s,"archedBack":%s},"legLength":{"differenceMm":%d,"longerSide":"left","measured":false},
"gait":{"kneeValgus":%s,"overPronation":%s,"supination":%s,"limp":%s},
"activity":{"walkingKmPerWeek":%d,"runningKmPerWeek":%d,"recentIncrease":%s,"unevenTerrain":%s,"downhill":%s,"speedWork":%s,"strengthTraining":%s,"warmsUp":%s,"sports":[]},
"pastInjuries":{"hipFracture":%s,"dislocation":false},"conditions":%s},
"redFlags":{"bladderBowelLoss":%s,"numbnessTinglingWeakness":%s,"swellingRedness":%s,"recentFallOrInjury":%s,"fever":false,"severeOrWorsening":%s,"notImprovingWithRest":%s,"interferesWithDailyActivities":%s}}]],
    tid, counter, math.random(1e9), pick(given), pick(family), math.random(1940, 2005), math.random(1, 12), math.random(1, 28),
    (math.random() < 0.5) and "female" or "male", math.random(1, 24), (math.random() < 0.8) and "en" or "es",
    some(regions, 3), pick(sides), math.random(0, 10), (math.random() < 0.5) and "sudden" or "gradual", math.random(0, 100),
    some(triggers, 4), some(characters, 3),
    math.random(150, 195), math.random(48, 130), pick(shoes), math.random(0, 48), bool(0.3), bool(0.1),
    math.random(0, 12), bool(0.4), bool(0.2), math.random(0, 20),
    bool(0.15), bool(0.2), bool(0.05), bool(0.1),
    math.random(0, 40), runner and math.random(5, 60) or 0, bool(0.3), bool(0.3), bool(0.2), bool(0.1), bool(0.3), bool(0.5),
    bool(0.05), (math.random() < 0.3) and ('["' .. pick(conditions) .. '"]') or "[]",
    bool(0.01), bool(0.1), bool(0.05), bool(0.05), bool(0.1), bool(0.2), bool(0.2))
  local headers = {["Content-Type"] = "application/json", ["Idempotency-Key"] = key}
  if auth then headers["Authorization"] = auth end
  return wrk.format("POST", path, headers, body)
end

-- done() (the RESULT line) comes from report.lua, appended by load-test.sh.
