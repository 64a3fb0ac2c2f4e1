package clinic.stride.duplicates;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.stride.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Patients for the duplicate tests. The shared sample patient (Maria Ortega, 1961-03-14, one phone and email for
 * every test) matches every other sample patient, so these patients have a random birth date of their own and no
 * phone or email: a test sees only the candidates it made.
 */
final class Registrations {

    private Registrations() {
    }

    /** A birth date between 1920 and 1999 that no other test is likely to use. */
    static LocalDate uniqueBirthDate() {
        return LocalDate.of(1920, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(80 * 365));
    }

    static ObjectNode intake(String clinicId, String given, String family, LocalDate birthDate) {
        ObjectNode body = complete(clinicId);
        ObjectNode patient = (ObjectNode) body.get("patient");
        patient.put("givenName", given).put("familyName", family).put("birthDate", birthDate.toString());
        patient.remove("phone");
        patient.remove("email");
        return body;
    }

    /** POST /api/patients; the reply's body is asserted 201. */
    static JsonNode register(Api api, String clinicId, String given, String family, LocalDate birthDate) {
        return register(api, patient(clinicId, given, family, birthDate));
    }

    /** POST /api/patients of these details; the reply's body is asserted 201. */
    static JsonNode register(Api api, ObjectNode patient) {
        Api.Reply reply = api.postJson("api/patients", json(patient));
        assertEquals(201, reply.status(), () -> patient + ": " + reply);
        return reply.json();
    }

    /** The patient of {@link #intake}, for a test to add a detail to. */
    static ObjectNode patient(String clinicId, String given, String family, LocalDate birthDate) {
        return (ObjectNode) intake(clinicId, given, family, birthDate).get("patient");
    }

    /** The clinic ids of a likelyDuplicates array. */
    static List<String> clinicIds(JsonNode likelyDuplicates) {
        List<String> ids = new ArrayList<>();
        likelyDuplicates.forEach(c -> ids.add(c.get("clinicId").asText()));
        return ids;
    }
}
