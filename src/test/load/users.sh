# The API client the load and fault scripts authenticate as (the demo clinician; demo users are created
# because start_stride sets STRIDE_DEMO_USERS=true).
LOAD_USER=${LOAD_USER:-clinician}
LOAD_PASSWORD=${LOAD_PASSWORD:-Stride-clinician-2026}   # clinic.stride.security.DemoUsers
