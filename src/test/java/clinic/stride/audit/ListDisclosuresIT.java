package clinic.stride.audit;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * List views record every patient they showed, so searching the trail for one patient finds each list that
 * disclosed them: the API's worklist and intake list, the CSV export, the front desk's worklist page and the
 * clinician's worklist page with a name search.
 */
class ListDisclosuresIT extends StrideIT {



    @Test
    void shouldFindEveryListThatShowedAPatientWhenTheTrailIsSearchedForThem() {
        String clinicId = uniqueClinicId();
        String familyName = "Núñez-" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode intake = complete(clinicId);
        ((ObjectNode) intake.get("patient")).put("familyName", familyName);
        String visitDate = intake.get("visitDate").asText();
        Api clinician = TestUsers.clinician(new Api(base));
        assertEquals(201, clinician.postJson("api/intakes", json(intake)).status());

        assertEquals(200, TestUsers.frontDesk(new Api(base)).get("api/worklist?date=" + visitDate).status());
        assertEquals(200, clinician.get("api/intakes?from=" + visitDate + "&to=" + visitDate + "&limit=100").status());
        assertEquals(200, clinician.get("api/exports/intakes.csv?from=" + visitDate + "&to=" + visitDate).status());
        FormClient page = new FormClient(base).signIn(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
        Api.Reply search = page.postForm("dashboard", Map.of("_csrf", page.csrfToken(), "filtered", "1", "name", familyName));
        assertEquals(200, search.status());
        assertTrue(search.body().contains(clinicId), "the search found the patient");

        JsonNode found = TestUsers.admin(new Api(base)).get("api/audit?clinicId=" + clinicId + "&limit=50").json();
        List<String> actions = new ArrayList<>();
        found.get("items").forEach(row -> actions.add(row.get("action").asText()));
        for (String listed : List.of("worklist.read", "intake.list", "export.intakes", "page.worklist.read")) {
            assertTrue(actions.contains(listed), listed + " missing from " + actions);
        }
        assertEquals(0, Db.count("select count(*) from audit_event where action = 'page.worklist.read' and ? = any(disclosed) "
                + "and clinic_id is not null", clinicId), "a name search records the clinic ids shown, never the name");
        assertEquals(0, Db.count("select count(*) from audit_event where subject like ? or ? = any(disclosed)", "%" + familyName + "%", familyName));
    }
}
