package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Separation of duties and revocable sign-ins: one admin alone cannot give anyone (themselves included)
 * clinical access or take over a clinician's password; a reset, a disable or a role change ends the user's
 * page sessions and remembered API credentials at once, and a change made through the database by another
 * instance ends them within a second.
 */
class SeparationOfDutiesIT extends StrideIT {

    private static final String PASSWORD = "Right-password-for-tests";
    private static final String NEW_PASSWORD = "Second-password-for-tests";



    private Api admin() {
        return TestUsers.admin(new Api(base));
    }

    private Api secondAdmin() {
        return TestUsers.as(new Api(base), DemoUsers.SECOND_ADMIN);
    }

    private static String newName() {
        return "sod-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reply create(String username, String roles) {
        return admin().postJson("api/users", "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": " + roles + "}");
    }

    /** A clinician as the clinic makes one: asked for by one admin, approved by the second. */
    private String clinician() {
        String username = newName();
        Api.Reply asked = create(username, "[\"clinician\"]");
        assertEquals(202, asked.status(), asked::toString);
        Api.Reply approved = secondAdmin().postJson("api/users/changes/" + asked.json().at("/pending/id").asLong() + "/approve", "");
        assertEquals(200, approved.status(), approved::toString);
        return username;
    }

    @Test
    void shouldNotGrantClinicalAccessWhenOnlyOneAdminAsks() {
        String username = newName();

        Api.Reply asked = create(username, "[\"admin\", \"clinician\"]");

        assertEquals(202, asked.status(), asked::toString);
        assertEquals("[]", asked.json().get("roles").toString());
        assertEquals("[\"admin\",\"clinician\"]", asked.json().at("/pending/roles").toString());
        long change = asked.json().at("/pending/id").asLong();
        Api newUser = new Api(base).as(username, PASSWORD);
        assertEquals(403, newUser.get("api/intakes").status(), "no clinical access before a second admin approves");
        Api.Reply selfApproved = admin().postJson("api/users/changes/" + change + "/approve", "");
        assertEquals(403, selfApproved.status(), selfApproved::toString);
        assertEquals(403, newUser.get("api/intakes").status());

        Api.Reply listed = secondAdmin().get("api/users/changes");
        assertTrue(listed.body().contains("\"username\":\"" + username + "\""), listed::toString);
        Api.Reply approved = secondAdmin().postJson("api/users/changes/" + change + "/approve", "");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals(200, newUser.get("api/intakes").status(), "in effect once approved");
        assertEquals(409, secondAdmin().postJson("api/users/changes/" + change + "/approve", "").status());

        assertEquals(1, Db.count("select count(*) from audit_event where action = 'user.create' and username = 'admin' "
                + "and status = 202 and subject = ?", "user:" + username + " change-request:" + change));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'user.change.approve' and username = 'admin' "
                + "and status = 403 and subject = ?", "change-request:" + change));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'user.change.approve' and username = 'admin2' "
                + "and status = 200 and subject = ?", "change-request:" + change));
        assertEquals(1, Db.count("select count(*) from user_change_request where id = ? and decision = 'approved' "
                + "and requested_by = 'admin' and decided_by = 'admin2'", change));
    }

    @Test
    void shouldNeedASecondAdminWhenAClinicianPasswordIsReset() {
        String username = clinician();
        Api.Reply asked = admin().postJson("api/users/" + username + "/password", "{\"password\": \"" + NEW_PASSWORD + "\"}");

        assertEquals(202, asked.status(), asked::toString);
        assertEquals(200, new Api(base).as(username, PASSWORD).get("api/intakes").status(), "old password until approved");
        assertEquals(401, new Api(base).as(username, NEW_PASSWORD).get("api/intakes").status());
        assertEquals(0, Db.count("select count(*) from user_change_request where password_hash like '%" + NEW_PASSWORD + "%'"));

        long change = asked.json().at("/pending/id").asLong();
        assertEquals(200, secondAdmin().postJson("api/users/changes/" + change + "/approve", "").status());
        assertEquals(200, new Api(base).as(username, NEW_PASSWORD).get("api/intakes").status());
        assertEquals(401, new Api(base).as(username, PASSWORD).get("api/intakes").status(), "old password gone at once");
        assertEquals(0, Db.count("select count(*) from user_change_request where id = ? and password_hash is not null", change));
    }

    @Test
    void shouldNeedASecondAdminWhenARoleChangeAddsClinicalAccess() {
        String username = newName();
        assertEquals(201, create(username, "[\"front-desk\"]").status());

        Api.Reply asked = admin().postJson("api/users/" + username + "/roles", "{\"roles\": [\"front-desk\", \"clinician\"]}");

        assertEquals(202, asked.status(), asked::toString);
        assertEquals(403, new Api(base).as(username, PASSWORD).get("api/intakes").status());
        Api.Reply rejected = secondAdmin().postJson("api/users/changes/" + asked.json().at("/pending/id").asLong() + "/reject", "");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals(403, new Api(base).as(username, PASSWORD).get("api/intakes").status());
    }

    @Test
    void shouldEndThePageSessionWhenThePasswordIsReset() {
        String username = newName();
        assertEquals(201, create(username, "[\"front-desk\"]").status());
        FormClient browser = new FormClient(base).signIn(username, PASSWORD);
        assertEquals(200, browser.get("account").status());

        Api.Reply reset = admin().postJson("api/users/" + username + "/password", "{\"password\": \"" + NEW_PASSWORD + "\"}");

        assertEquals(204, reset.status(), reset::toString);
        Api.Reply after = browser.get("account");
        assertEquals(302, after.status(), "the session ended with the reset: " + after);
        assertTrue(after.header("Location").contains("/login"), after.header("Location"));
    }

    @Test
    void shouldEndSessionsAndRememberedCredentialsWhenTheUserIsDisabled() {
        String username = clinician();
        FormClient browser = new FormClient(base).signIn(username, PASSWORD);
        Api api = new Api(base).as(username, PASSWORD);
        assertEquals(200, browser.get("dashboard").status());
        assertEquals(200, api.get("api/intakes").status(), "now remembered for 60 s");

        Api.Reply disabled = admin().postJson("api/users/" + username + "/disable", "");

        assertEquals(200, disabled.status(), disabled::toString);
        assertEquals("false", disabled.json().get("enabled").asText());
        assertEquals(302, browser.get("dashboard").status(), "page session ended at once");
        assertEquals(401, api.get("api/intakes").status(), "remembered credential refused at once");
        assertEquals(409, admin().postJson("api/users/admin/disable", "").status(), "an admin cannot disable themselves");

        assertEquals(200, admin().postJson("api/users/" + username + "/enable", "").status());
        assertEquals(200, api.get("api/intakes").status());
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'user.disable' and status = 200 and subject = ?",
                "user:" + username));
    }

    @Test
    void shouldEndTheSessionWithinASecondWhenAnotherInstanceDisablesTheUser() throws InterruptedException {
        String username = newName();
        assertEquals(201, create(username, "[\"front-desk\"]").status());
        FormClient browser = new FormClient(base).signIn(username, PASSWORD);
        Api api = new Api(base).as(username, PASSWORD);
        assertEquals(200, browser.get("account").status());
        assertEquals(200, api.get("api/worklist").status());

        // What another Stride instance does when an admin disables the user there: only the database changes here.
        Db.count("with changed as (update app_user set enabled = false, credentials_epoch = credentials_epoch + 1 "
                + "where username = ? returning 1) select count(*) from changed", username);
        Thread.sleep(1_500);

        assertEquals(302, browser.get("account").status());
        assertEquals(401, api.get("api/worklist").status());
    }

    @Test
    void shouldShowPendingApprovalsOnTheAdminPageAndApproveThere() {
        String username = newName();
        Api.Reply asked = create(username, "[\"clinician\"]");
        long change = asked.json().at("/pending/id").asLong();

        FormClient first = new FormClient(base).signIn(DemoUsers.ADMIN.username(), DemoUsers.ADMIN.password());
        Api.Reply own = first.get("admin/users");
        assertEquals(200, own.status(), own::toString);
        assertTrue(own.body().contains("data-change=\"" + change + "\""), own.body());
        assertTrue(!own.body().contains("id=\"approve-" + change + "\""), "no approve button for the admin who asked");

        FormClient second = new FormClient(base).signIn(DemoUsers.SECOND_ADMIN.username(), DemoUsers.SECOND_ADMIN.password());
        Api.Reply page = second.get("admin/users");
        assertTrue(page.body().contains("id=\"approve-" + change + "\""), page.body());
        Api.Reply approved = second.postForm("admin/users", Map.of("_csrf", second.csrfToken(), "do", "approve",
                "change", String.valueOf(change)));

        assertEquals(200, approved.status(), approved::toString);
        assertTrue(approved.body().contains("id=\"users-result\""), approved.body());
        assertTrue(!approved.body().contains("data-change=\"" + change + "\""), "no longer pending");
        assertEquals(200, new Api(base).as(username, PASSWORD).get("api/intakes").status());
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'page.users.approve' and username = 'admin2' "
                + "and subject = ?", "change-request:" + change));

        Api.Reply disabled = second.postForm("admin/users", Map.of("_csrf", second.csrfToken(), "do", "disable", "username", username));
        assertEquals(200, disabled.status());
        assertEquals("false", Db.text("select enabled::text from app_user where username = ?", username));
    }
}
