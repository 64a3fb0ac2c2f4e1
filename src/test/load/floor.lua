-- wrk script for the framework floor: POST /floor/echo with a body the size of an intake.
local body = '{"pain":"' .. string.rep("x", 1200) .. '"}'
function request()
  return wrk.format("POST", "/floor/echo", {["Content-Type"] = "application/json"}, body)
end

-- done() (the RESULT line) comes from report.lua, appended by load-test.sh.
