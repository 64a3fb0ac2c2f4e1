-- Failed sign-ins per client address, across user names: password spraying (one or two common passwords tried
-- against many names from one address) never trips the per-name lockout in login_throttle, this catches it.
-- Same shape and rules as login_throttle (clinic.stride.security.LoginThrottle).
create table login_throttle_address (
    address       inet         primary key,
    failures      integer      not null,
    window_start  timestamptz  not null,
    locked_until  timestamptz
);
