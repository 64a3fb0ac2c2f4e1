-- Worklist search that finds people as staff type them: any order of the name's words, accents and case ignored
-- ("maria nunez" finds María Ortega Núñez). stride_fold lower-cases, strips the accents of Latin letters used in
-- the clinic's languages and turns hyphens into spaces; clinic.stride.dashboard.Worklist applies the same function
-- to what was typed, so both sides always fold alike. A plain SQL function, not the unaccent extension: nothing to
-- install or grant on the database server.
create function stride_fold(text) returns text
    language sql immutable strict parallel safe as $$
    select translate(lower($1),
        'áàâäãåāéèêëēíìîïīóòôöõøōúùûüūñçýÿ-ÁÀÂÄÃÅĀÉÈÊËĒÍÌÎÏĪÓÒÔÖÕØŌÚÙÛÜŪÑÇÝ',
        'aaaaaaaeeeeeiiiiiooooooouuuuuncyy aaaaaaaeeeeeiiiiiooooooouuuuuncy')
$$;
