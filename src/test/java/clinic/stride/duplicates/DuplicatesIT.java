package clinic.stride.duplicates;

import static clinic.stride.duplicates.Registrations.clinicIds;
import static clinic.stride.duplicates.Registrations.intake;
import static clinic.stride.duplicates.Registrations.patient;
import static clinic.stride.duplicates.Registrations.register;
import static clinic.stride.duplicates.Registrations.uniqueBirthDate;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Likely duplicates over the API: raised as a warning in the 201 answers (never a refusal), found through accents,
 * case, word order and a one-letter typo, not for another birth date or another name; staff's decisions stored,
 * audited and remembered; a link keeps every intake and version and the old clinic id. Stride runs as the
 * application role here (DatabaseRoleIT), so these also show that role may use unaccent, pg_trgm and fuzzystrmatch.
 */
class DuplicatesIT extends StrideIT {

    private Api frontDesk() {
        return TestUsers.frontDesk(new Api(base));
    }

    @Test
    void shouldWarnOfTheEarlierPatientWhenANameDiffersOnlyInAccentsCaseOrderOrOneLetter() {
        LocalDate born = uniqueBirthDate();
        String first = uniqueClinicId();
        register(frontDesk(), first, "María", "Núñez", born);
        List<String[]> variants = List.of(new String[] {"Maria", "Nunez"}, new String[] {"MARÍA", "NÚÑEZ"},
                new String[] {"Núñez", "María"}, new String[] {"Mariá", "Nunex"});
        for (String[] name : variants) {
            JsonNode answer = register(frontDesk(), uniqueClinicId(), name[0], name[1], born);
            assertTrue(clinicIds(answer.get("likelyDuplicates")).contains(first), name[0] + " " + name[1] + ": " + answer);
            JsonNode candidate = answer.at("/likelyDuplicates/0");
            assertEquals(first, candidate.get("clinicId").asText(), "the registration made first comes first: " + answer);
            assertEquals("María", candidate.get("givenName").asText(), answer::toString);
            assertEquals(born.toString(), candidate.get("birthDate").asText());
            assertEquals("name_and_birth_date", candidate.at("/matchedOn/0").asText());
        }
        JsonNode listed = frontDesk().get("api/patients/" + first + "/duplicates").json();
        assertEquals(first, listed.at("/patient/clinicId").asText());
        assertEquals(4, listed.get("likelyDuplicates").size(), listed::toString);
    }

    @Test
    void shouldNotWarnWhenTheBirthDateDiffersOrTheNameIsClearlyAnother() {
        LocalDate born = uniqueBirthDate();
        String first = uniqueClinicId();
        register(frontDesk(), first, "María", "Núñez", born);
        JsonNode otherDay = register(frontDesk(), uniqueClinicId(), "María", "Núñez", born.plusDays(1));
        JsonNode otherName = register(frontDesk(), uniqueClinicId(), "Carmen", "Ruiz", born);
        JsonNode twoLetters = register(frontDesk(), uniqueClinicId(), "Manuel", "Núñez", born);
        assertFalse(clinicIds(otherDay.get("likelyDuplicates")).contains(first), otherDay::toString);
        assertFalse(clinicIds(otherName.get("likelyDuplicates")).contains(first), otherName::toString);
        assertFalse(clinicIds(twoLetters.get("likelyDuplicates")).contains(first), twoLetters::toString);
    }

    @Test
    void shouldWarnOfTheSamePhoneTypedWithAnotherKeyboardsDigits() {
        // A unique number, so that only this test's registrations share it.
        String digits = String.format("9%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        String ascii = "+81 " + digits.substring(0, 2) + "-" + digits.substring(2, 6) + "-" + digits.substring(6);
        String fullWidth = ascii.chars().mapToObj(c -> Character.toString(switch (c) {
            case '+' -> '＋';
            case '-' -> '－';
            case ' ' -> '\u3000';
            default -> (char) ('０' + (c - '0'));
        })).collect(Collectors.joining());
        String first = uniqueClinicId();
        register(frontDesk(), patient(first, "結衣", "佐藤", uniqueBirthDate()).put("phone", ascii));

        JsonNode answer = register(frontDesk(), patient(uniqueClinicId(), "Yui", "Sato", uniqueBirthDate())
                .put("phone", fullWidth));

        assertEquals(List.of(first), clinicIds(answer.get("likelyDuplicates")), answer::toString);
        assertEquals("phone", answer.at("/likelyDuplicates/0/matchedOn/0").asText(), answer::toString);
    }

    @Test
    void shouldWarnWhenAChineseNameMatchesExactlyButNotWhenOneCharacterDiffers() {
        LocalDate born = uniqueBirthDate();
        String first = uniqueClinicId();
        register(frontDesk(), first, "小明", "王", born);
        JsonNode same = register(frontDesk(), uniqueClinicId(), "小明", "王", born);
        JsonNode other = register(frontDesk(), uniqueClinicId(), "小明", "李", born);
        assertEquals(List.of(first), clinicIds(same.get("likelyDuplicates")), same::toString);
        assertEquals("王", same.at("/likelyDuplicates/0/familyName").asText());
        assertFalse(clinicIds(other.get("likelyDuplicates")).contains(first), other::toString);
    }

    @Test
    void shouldWarnInTheIntakeAnswerWhenASecondIntakeArrivesForTheSameVisitDay() {
        LocalDate born = uniqueBirthDate();
        String earlier = uniqueClinicId();
        register(frontDesk(), earlier, "José", "Pérez García", born);
        String clinicId = uniqueClinicId();
        ObjectNode body = intake(clinicId, "Jose", "Perez Garcia", born);
        body.put("visitDate", LocalDate.now().toString());
        Api.Reply one = frontDesk().postJson("api/intakes", json(body));
        assertEquals(201, one.status(), one::toString);
        assertEquals(List.of(earlier), clinicIds(one.json().get("likelyDuplicates")), one::toString);
        assertEquals(0, one.json().get("sameVisitDay").size(), one::toString);

        Api.Reply two = frontDesk().postJson("api/intakes", json(body));
        assertEquals(201, two.status(), "a warning, never a refusal: " + two);
        assertEquals(one.json().get("id").asText(), two.json().at("/sameVisitDay/0").asText(), two::toString);
        assertEquals(List.of(earlier), clinicIds(two.json().get("likelyDuplicates")), two::toString);
    }

    @Test
    void shouldRememberAndAuditDifferentPersonWhenStaffDecide() {
        LocalDate born = uniqueBirthDate();
        String first = uniqueClinicId();
        String second = uniqueClinicId();
        register(frontDesk(), first, "Lucía", "Fernández", born);
        assertEquals(List.of(first), clinicIds(register(frontDesk(), second, "Lucia", "Fernandez", born).get("likelyDuplicates")));

        Api.Reply decided = frontDesk().postJson("api/patients/" + second + "/duplicates/different-person",
                "{\"otherClinicId\": \"" + first + "\"}");
        assertEquals(201, decided.status(), decided::toString);
        assertEquals("different_person", decided.json().get("decision").asText());

        assertEquals(0, frontDesk().get("api/patients/" + second + "/duplicates").json().get("likelyDuplicates").size());
        assertEquals(0, frontDesk().get("api/patients/" + first + "/duplicates").json().get("likelyDuplicates").size());
        assertEquals(0, register(frontDesk(), second, "Lucia", "Fernandez", born).get("likelyDuplicates").size(),
                "the pair is not raised again");
        assertEquals(1, Db.count("select count(*) from duplicate_decision d join patient a on a.id = d.patient_id "
                + "join patient b on b.id = d.other_patient_id where a.clinic_id = ? and b.clinic_id = ? "
                + "and d.decision = 'different_person' and d.decided_by = 'frontdesk'", second, first));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'patient.duplicates.different-person' "
                + "and clinic_id = ? and ? = any(disclosed) and username = 'frontdesk' and status = 201", second, first));

        Api.Reply again = frontDesk().postJson("api/patients/" + first + "/duplicates/same-person",
                "{\"otherClinicId\": \"" + second + "\"}");
        assertEquals(409, again.status(), "a pair is decided once: " + again);
    }

    @Test
    void shouldKeepEveryIntakeVersionAndTheOldClinicIdWhenTwoRegistrationsAreLinkedAsTheSamePerson() {
        LocalDate born = uniqueBirthDate();
        String first = uniqueClinicId();
        String second = uniqueClinicId();
        Api clinician = TestUsers.clinician(new Api(base));
        String firstIntake = clinician.postJson("api/intakes", json(intake(first, "Ana", "O’Brien Soto", born))).json().get("id").asText();
        Api.Reply secondSent = clinician.postJson("api/intakes", json(intake(second, "Ana", "OBrien Soto", born)));
        assertEquals(List.of(first), clinicIds(secondSent.json().get("likelyDuplicates")), secondSent::toString);
        String secondIntake = secondSent.json().get("id").asText();
        ObjectNode correction = intake(second, "Ana", "OBrien Soto", born);
        correction.remove("patient");
        correction.put("reason", "Pain score corrected at the desk");
        assertEquals(201, clinician.postJson("api/intakes/" + secondIntake + "/amendments", json(correction)).status());

        Api.Reply linked = frontDesk().postJson("api/patients/" + second + "/duplicates/same-person",
                "{\"otherClinicId\": \"" + first + "\"}");
        assertEquals(201, linked.status(), linked::toString);
        assertEquals(first, linked.json().get("survivingClinicId").asText(), "the registration made first stays");

        for (String clinicId : List.of(first, second)) {
            JsonNode history = clinician.get("api/patients/" + clinicId + "/intakes").json();
            assertEquals(first, history.at("/patient/clinicId").asText(), clinicId + " finds the patient who stays");
            assertEquals(2, history.get("intakes").size(), history::toString);
        }
        assertEquals(200, clinician.get("api/intakes/" + secondIntake + "/versions/1").status());
        assertEquals(200, clinician.get("api/intakes/" + secondIntake + "/versions/2").status());
        assertEquals(first, clinician.get("api/intakes/" + firstIntake).json().at("/patient/clinicId").asText());
        assertEquals(1, Db.count("select count(*) from intake i join patient p on p.id = i.registered_patient_id "
                + "where i.id = ?::uuid and p.clinic_id = ?", secondIntake, second), "the intake remembers where it was registered");
        assertEquals(1, Db.count("select count(*) from patient p join patient s on s.id = p.merged_into "
                + "where p.clinic_id = ? and s.clinic_id = ?", second, first), "linked, not deleted");
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'patient.duplicates.same-person' "
                + "and clinic_id = ? and ? = any(disclosed) and status = 201", second, first));
        assertEquals(0, frontDesk().get("api/patients/" + first + "/duplicates").json().get("likelyDuplicates").size());

        Api.Reply later = clinician.postJson("api/intakes", json(intake(second, "Ana", "OBrien Soto", born)));
        assertEquals(201, later.status(), "the old clinic id with its own details still takes intakes: " + later);
        assertEquals(3, clinician.get("api/patients/" + first + "/intakes").json().get("intakes").size());
    }
}
