package clinic.stride.vocabulary;

import java.util.List;

/**
 * The clinic's roles. Front desk registers patients, starts intakes and intake links and sees the day's
 * worklist without clinical detail; clinicians see and correct all clinical data; admins manage users and
 * read the audit trail, and see no clinical content.
 */
public final class Roles {

    public static final String FRONT_DESK = "front-desk";
    public static final String CLINICIAN = "clinician";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(FRONT_DESK, CLINICIAN, ADMIN);

    private Roles() {
    }
}
