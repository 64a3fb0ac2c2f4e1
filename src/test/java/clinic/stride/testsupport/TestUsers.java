package clinic.stride.testsupport;

/**
 * The users integration tests sign in as. Until logins exist every API call is anonymous; this is the
 * one place that changes when they do.
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static Api clinician(Api api) {
        return api;
    }
}
