/**
 * Who may do what: sign-in (a form for pages, HTTP Basic for the API) against users stored in PostgreSQL,
 * the three roles, the lockout after repeated failed sign-ins, CSRF tokens, session cookies and the
 * security headers on every response.
 */
package clinic.stride.security;
