package clinic.stride.testsupport;

import clinic.stride.security.DemoUsers;

/**
 * The users integration tests sign in as: the demo users, which the failsafe configuration has Stride
 * create at start-up ({@code STRIDE_DEMO_USERS=true}). The names and passwords live in
 * {@link DemoUsers} only.
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static Api frontDesk(Api api) {
        return as(api, DemoUsers.FRONT_DESK);
    }

    public static Api clinician(Api api) {
        return as(api, DemoUsers.CLINICIAN);
    }

    public static Api admin(Api api) {
        return as(api, DemoUsers.ADMIN);
    }

    public static Api as(Api api, DemoUsers.DemoUser user) {
        return api.as(user.username(), user.password());
    }
}
