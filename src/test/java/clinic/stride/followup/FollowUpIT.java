package clinic.stride.followup;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FhirValidation;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

class FollowUpIT extends StrideIT {

    private static final String ANSWERS_WITH_A_BLANK = "{\"painIntensity\": 4, \"lefs\": [3, 3, 4, 4, 4, 2, 3, 4, 2, 4, 4, 3, 3, 3, 4, 1, null, 0, 1, 4],"
            + " \"globalChange\": 1, \"redFlags\": {\"bladderBowelLoss\": false, \"fever\": false, \"severeOrWorsening\": false}}";

    private String intake(String clinicId) {
        ObjectNode body = complete(clinicId);
        ((ObjectNode) body.get("patient")).put("givenName", "María José").put("familyName", "Núñez O’Connor");
        Api.Reply created = TestUsers.clinician(new Api(base)).postJson("api/intakes", json(body));
        assertEquals(201, created.status(), created::toString);
        return created.json().get("id").asText();
    }

    private JsonNode link(String intakeId, String body) {
        Api.Reply link = TestUsers.clinician(new Api(base)).postJson("api/intakes/" + intakeId + "/follow-up-links", body);
        assertEquals(201, link.status(), link::toString);
        return link.json();
    }

    private static String token(JsonNode link) {
        String url = link.get("url").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void shouldRoundTripAFollowUpWhenAnsweredThroughItsLinkOverTheApiAndFhir() {
        String clinicId = uniqueClinicId();
        String intakeId = intake(clinicId);
        String token = token(link(intakeId, "{\"language\": \"es\"}"));
        Api anonymous = new Api(base);

        Api.Reply open = anonymous.get("api/follow-up-links/" + token);
        assertEquals(200, open.status(), open::toString);
        assertEquals("María José", open.json().get("givenName").asText());
        assertEquals("es", open.json().get("language").asText());

        Api.Reply sent = anonymous.postJson("api/follow-up-links/" + token + "/response", ANSWERS_WITH_A_BLANK);
        assertEquals(201, sent.status(), sent::toString);
        assertEquals(410, anonymous.postJson("api/follow-up-links/" + token + "/response", ANSWERS_WITH_A_BLANK).status());

        Api.Reply list = TestUsers.clinician(new Api(base)).get("api/intakes/" + intakeId + "/follow-ups");
        assertEquals(200, list.status(), list::toString);
        JsonNode f = list.json().get(0);
        assertTrue(f.path("lefsScore").isMissingNode() || f.get("lefsScore").isNull(), "a blank LEFS item leaves no total: " + f);
        assertEquals(19, f.get("lefsAnswered").asInt());
        assertTrue(f.get("lefs").get(16).isNull());
        assertEquals(4, f.get("painIntensity").asInt());
        assertEquals(1, f.get("globalChange").asInt());
        assertEquals(0, f.get("redFlagLevel").asInt());
        assertEquals(FollowUps.INSTRUMENT_VERSION, f.get("instrumentVersion").asText());
        assertEquals(1L, Db.count("select count(*) from follow_up where id = cast(? as uuid) and instrument_version = ?",
                f.get("id").asText(), FollowUps.INSTRUMENT_VERSION));

        Api.Reply questionnaire = anonymous.get("api/fhir/Questionnaire/stride-followup");
        assertEquals(200, questionnaire.status(), questionnaire::toString);
        FhirContext fhir = FhirContext.forR4Cached();
        FhirValidation validation = new FhirValidation(fhir.newJsonParser().parseResource(Questionnaire.class, questionnaire.body()));
        assertEquals(0, validation.errors(questionnaire.body()).size(), FhirValidation.describe(validation.errors(questionnaire.body())));

        Api.Reply response = TestUsers.clinician(new Api(base)).get("api/fhir/QuestionnaireResponse/followup-" + f.get("id").asText());
        assertEquals(200, response.status(), response::toString);
        assertEquals(0, validation.errors(response.body()).size(), FhirValidation.describe(validation.errors(response.body())));
        QuestionnaireResponse qr = fhir.newJsonParser().parseResource(QuestionnaireResponse.class, response.body());
        assertEquals("lefs", qr.getItem().get(1).getLinkId());
        assertEquals(19, qr.getItem().get(1).getItem().size(), "the blank item has no answer");
        assertEquals("3", qr.getItem().get(1).getItem().get(0).getAnswerFirstRep().getValueCoding().getCode());
    }

    @Test
    void shouldShowTheLefsInTheSummaryPdfAndTheCsvWhenTheFollowUpIsComplete() throws java.io.IOException {
        String clinicId = uniqueClinicId();
        // A visit day of its own in 2002, so the export of that day holds this intake (ExportIT uses 2003).
        String visitDay = java.time.LocalDate.of(2002, 1, 1).plusDays(new java.util.Random().nextInt(360)).toString();
        ObjectNode body = complete(clinicId);
        body.put("visitDate", visitDay);
        Api.Reply created = TestUsers.clinician(new Api(base)).postJson("api/intakes", json(body));
        assertEquals(201, created.status(), created::toString);
        String intakeId = created.json().get("id").asText();
        String complete = ANSWERS_WITH_A_BLANK.replace("1, null, 0", "1, 1, 0").replace("\"globalChange\": 1", "\"globalChange\": 2");
        for (int i = 0; i < 2; i++) {
            assertEquals(201, new Api(base).postJson("api/follow-up-links/" + token(link(intakeId, "{}")) + "/response", complete).status());
        }
        Api.Reply pdf = TestUsers.clinician(new Api(base)).get("api/intakes/" + intakeId + "/summary.pdf");
        assertEquals(200, pdf.status());
        String text = clinic.stride.reports.PdfReading.flat(clinic.stride.reports.PdfReading.text(pdf.bytes()));
        assertTrue(text.contains("Function over time (LEFS, 0–80)"), text);
        assertTrue(text.contains("57/80"), text);
        assertTrue(text.contains("Change since the first: 0 points, within the MCID of 9 points"), text);

        Api.Reply csv = TestUsers.clinician(new Api(base)).get("api/exports/intakes.csv?from=" + visitDay + "&to=" + visitDay);
        assertEquals(200, csv.status(), csv::toString);
        java.util.List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.body())).getRecords();
        org.apache.commons.csv.CSVRecord row = rows.stream().filter(r -> r.get("follow_ups").equals("2")).findFirst().orElseThrow();
        assertEquals("57", row.get("lefs_first"));
        assertEquals("57", row.get("lefs_latest"));
        assertEquals("2", row.get("global_change_latest"));
    }

    @Test
    void shouldPutTheFollowUpOnTheWorklistWhenItRaisesAWarningSign() {
        String clinicId = uniqueClinicId();
        String intakeId = intake(clinicId);
        String token = token(link(intakeId, "{}"));
        String flagged = ANSWERS_WITH_A_BLANK.replace("\"bladderBowelLoss\": false", "\"bladderBowelLoss\": true");
        assertEquals(201, new Api(base).postJson("api/follow-up-links/" + token + "/response", flagged).status());
        assertEquals(3L, Db.count("select red_flag_level from follow_up f join patient p on p.id = f.patient_id where p.clinic_id = ?", clinicId));

        FormClient clinician = new FormClient(base);
        DemoUsers.DemoUser user = DemoUsers.ALL.stream().filter(u -> u.role().equals("clinician")).findFirst().orElseThrow();
        clinician.signIn(user.username(), user.password());
        Api.Reply worklist = clinician.get("dashboard?filtered=1&redFlags=on&name=" + clinicId);
        assertEquals(200, worklist.status());
        assertTrue(worklist.body().contains("follow-up answers"), worklist.body());
        assertTrue(worklist.body().contains("badge-emergency"), "the follow-up's emergency is on the queue");
    }

    @Test
    void shouldAnswer410WhenTheLinkIsRevoked() {
        String intakeId = intake(uniqueClinicId());
        JsonNode link = link(intakeId, "{}");
        Api.Reply revoked = TestUsers.clinician(new Api(base)).postJson("api/intakes/" + intakeId + "/follow-up-links/"
                + link.get("id").asText() + "/revocation", "");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals(410, new Api(base).get("api/follow-up-links/" + token(link)).status());
        assertEquals(410, new FormClient(base).get("follow-ups/" + token(link)).status());
        assertEquals(400, TestUsers.clinician(new Api(base)).postJson("api/intakes/" + intakeId + "/follow-up-links",
                "{\"validUntil\": \"2001-01-01\"}").status());
    }

    @Test
    void shouldStoreTheAnswersWhenThePatientFillsThePageOnAPhoneInEnglishAndSpanish() {
        String clinicId = uniqueClinicId();
        String intakeId = intake(clinicId);
        for (String language : new String[] {"en", "es"}) {
            String token = token(link(intakeId, "{\"language\": \"" + language + "\"}"));
            try (Browser browser = new Browser(base)) {
                browser.phone().open("/follow-ups/" + token);
                assertEquals(language.equals("es") ? "Antes de su visita de seguimiento" : "Before your follow-up visit", browser.h1());
                assertEquals(language.equals("es"), browser.present("#lefs-translation-note"));
                browser.check("follow-up-" + language);
                browser.press("send");
                assertTrue(browser.present("#error-summary"), "an empty form is refused with its errors");
                browser.check("follow-up-errors-" + language);
                browser.choose("painIntensity-2");
                for (int i = 1; i <= 20; i++) {
                    browser.choose("lefs-" + i + "-" + (language.equals("en") ? 2 : 3));
                }
                browser.choose("globalChange-5");
                for (String flag : FollowUpFormAnswers.FLAGS.subList(0, 8)) {
                    browser.choose("redFlags-" + flag + "-no");
                }
                browser.press("send");
                assertTrue(browser.present("#follow-up-received"), browser.driver().getPageSource());
                browser.check("follow-up-thanks-" + language);
            }
        }
        assertEquals(2L, Db.count("select count(*) from follow_up f join patient p on p.id = f.patient_id where p.clinic_id = ?"
                + " and lefs_score in (40, 60)", clinicId));
        try (Browser browser = new Browser(base)) {
            DemoUsers.DemoUser user = DemoUsers.ALL.stream().filter(u -> u.role().equals("clinician")).findFirst().orElseThrow();
            browser.desktop().signIn(user.username(), user.password()).open("/dashboard/patient?intake=" + intakeId);
            assertTrue(browser.present("svg.lefs-trend .mcid-band"), "the LEFS trend with its MCID band");
            assertTrue(browser.text("#follow-ups").contains("60/80"));
            browser.check("patient-follow-ups");
        }
    }
}
