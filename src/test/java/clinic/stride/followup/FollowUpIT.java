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
                assertEquals(0, browser.all("#follow-up input[type=radio]:checked").size(), "no answer is given before the patient gives it");
                browser.press("send");
                assertTrue(browser.present("#error-summary"), "an empty form is refused with its errors");
                browser.check("follow-up-errors-" + language);
                assertErrorSummaryNamesTheQuestions(browser, clinic.stride.vocabulary.Language.valueOf(language.toUpperCase(java.util.Locale.ROOT)));
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
            browser.desktop().signInOverHttp(user.username(), user.password()).open("/dashboard/patient?intake=" + intakeId);
            assertTrue(browser.present("svg.lefs-trend .mcid-band"), "the LEFS trend with its MCID band");
            assertTrue(browser.text("#follow-ups").contains("60/80"));
            browser.check("patient-follow-ups");
        }
    }

    /**
     * The error summary names each question by its words in the page's language, in page order, and each line jumps
     * to the question's first answer: never by a field id ("lefs-1").
     */
    private static void assertErrorSummaryNamesTheQuestions(Browser browser, clinic.stride.vocabulary.Language language) {
        var links = browser.all("#error-summary a");
        assertEquals(1 + 20 + 8, links.size(), browser.text("#error-summary"));
        String required = clinic.stride.platform.PageLanguage.bundle(language).getString("followUp.error.required");
        assertEquals(clinic.stride.platform.PageLanguage.bundle(language).getString("followUp.pain.question") + " – " + required,
                links.get(0).getText());
        clinic.stride.outcomes.LefsItem bath = clinic.stride.outcomes.LefsItem.values()[2];
        assertEquals("3. " + bath.text().in(language) + " – " + required, links.get(3).getText());
        assertEquals(clinic.stride.platform.PageLanguage.bundle(language).getString("q.redFlags.bladderBowelLoss") + " – " + required,
                links.get(21).getText(), "the warning signs follow in the page's order");
        for (var link : links) {
            assertTrue(!link.getText().matches("(?s).*\\b(lefs|redFlags|painIntensity)[-.].*"), "a field id in the summary: " + link.getText());
            String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            assertTrue(browser.present("input#" + target), "the line jumps to an answer of its question: " + target);
        }
        links.get(3).click();
        assertTrue(browser.url().endsWith("#lefs-3"), browser.url());
    }

    /** A follow-up as another FHIR tool would send it: subject the registered Patient, answers nested in their groups. */
    private static String fhirFollowUp(String clinicId, java.time.LocalDate answeredOn, boolean bladder) {
        StringBuilder lefs = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            lefs.append(i == 1 ? "" : ",").append("{\"linkId\": \"lefs.").append(i).append("\", \"answer\": [{\"valueCoding\": "
                    + "{\"system\": \"https://stride.clinic/fhir/CodeSystem/lefs-answer\", \"code\": \"").append(i % 5).append("\"}}]}");
        }
        return "{\"resourceType\": \"QuestionnaireResponse\", \"language\": \"es\", \"status\": \"completed\","
                + " \"questionnaire\": \"https://stride.clinic/fhir/Questionnaire/stride-followup|1.0.0\","
                + " \"authored\": \"" + answeredOn + "T18:30:00+01:00\", \"subject\": {\"reference\": \"Patient/" + clinicId + "\"},"
                + " \"item\": [{\"linkId\": \"painIntensity\", \"answer\": [{\"valueInteger\": 6}]},"
                + " {\"linkId\": \"lefs\", \"item\": [" + lefs + "]},"
                + " {\"linkId\": \"globalChange\", \"answer\": [{\"valueCoding\": {\"system\": "
                + "\"https://stride.clinic/fhir/CodeSystem/global-change\", \"code\": \"-1\"}}]},"
                + " {\"linkId\": \"redFlags\", \"item\": [{\"linkId\": \"redFlags.bladderBowelLoss\", \"answer\": [{\"valueBoolean\": "
                + bladder + "}]}, {\"linkId\": \"redFlags.fever\", \"answer\": [{\"valueBoolean\": false}]}]}]}";
    }

    private static FhirValidation bothQuestionnaires() {
        return new FhirValidation(clinic.stride.fhir.FollowUpQuestionnaire.build(), clinic.stride.fhir.IntakeQuestionnaire.build());
    }

    private static long audited(String action, String clinicId, int status) {
        return Db.count("select count(*) from audit_event where action = ? and clinic_id = ? and status = ?", action, clinicId, status);
    }

    @Test
    void shouldStoreAFollowUpPostedThroughFhirAndFindItBesideTheIntakeWhenAChildsAnswersRaiseAWarningSign() {
        String clinicId = uniqueClinicId();
        ObjectNode child = complete(clinicId);
        ((ObjectNode) child.get("patient")).put("givenName", "Zoë Inés").put("familyName", "O’Brien-Núñez").put("birthDate", "2018-03-09");
        Api.Reply visit = TestUsers.clinician(new Api(base)).postJson("api/intakes", json(child));
        assertEquals(201, visit.status(), visit::toString);
        String intakeId = visit.json().get("id").asText();
        java.time.LocalDate yesterday = java.time.LocalDate.now().minusDays(1);
        String body = fhirFollowUp(clinicId, yesterday, true);
        FhirValidation validation = bothQuestionnaires();
        assertEquals(0, validation.errors(body).size(), "what the test sends is valid FHIR: " + FhirValidation.describe(validation.errors(body)));

        Api.Reply created = TestUsers.clinician(new Api(base)).postFhir(body,
                java.util.Map.of("Prefer", "return=representation"));
        assertEquals(201, created.status(), created::toString);
        assertEquals(0, validation.errors(created.body()).size(), FhirValidation.describe(validation.errors(created.body())));
        QuestionnaireResponse stored = FhirContext.forR4Cached().newJsonParser().parseResource(QuestionnaireResponse.class, created.body());
        String id = stored.getIdPart();
        assertTrue(id.startsWith("followup-") && created.header("Location").endsWith("/api/fhir/QuestionnaireResponse/" + id), created::toString);
        String followUpId = id.substring("followup-".length());
        DemoUsers.DemoUser user = DemoUsers.ALL.stream().filter(u -> u.role().equals("clinician")).findFirst().orElseThrow();
        assertEquals(1L, Db.count("select count(*) from follow_up where id = cast(? as uuid) and intake_id = cast(? as uuid) and link_id is null"
                + " and submitted_by = ? and answered_on = ? and language = 'es' and red_flag_level = 3 and lefs_score = 40 and global_change = -1",
                followUpId, intakeId, user.username(), java.sql.Date.valueOf(yesterday)));

        FormClient clinician = new FormClient(base);
        clinician.signIn(user.username(), user.password());
        Api.Reply worklist = clinician.get("dashboard?filtered=1&redFlags=on&name=" + clinicId);
        assertTrue(worklist.body().contains("follow-up answers") && worklist.body().contains("badge-emergency"),
                "the FHIR follow-up's emergency is on the queue as a link's is");

        Api api = TestUsers.clinician(new Api(base));
        Api.Reply both = api.get("api/fhir/QuestionnaireResponse?patient=Patient/" + clinicId);
        assertEquals(200, both.status(), both::toString);
        assertEquals(0, validation.errors(both.body()).size(), FhirValidation.describe(validation.errors(both.body())));
        org.hl7.fhir.r4.model.Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(org.hl7.fhir.r4.model.Bundle.class, both.body());
        assertEquals(2, bundle.getTotal());
        assertEquals(java.util.Set.of(intakeId, id), bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart())
                .collect(java.util.stream.Collectors.toSet()));
        Api.Reply onlyFollowUps = api.get("api/fhir/QuestionnaireResponse?subject=Patient/" + clinicId
                + "&questionnaire=https://stride.clinic/fhir/Questionnaire/stride-followup&authored=ge" + yesterday);
        assertEquals(1, onlyFollowUps.json().get("total").asInt(), onlyFollowUps::toString);
        assertEquals(id, onlyFollowUps.json().at("/entry/0/resource/id").asText());
        assertEquals(0, api.get("api/fhir/QuestionnaireResponse?subject=Patient/" + clinicId + "&authored=lt2000-01-01").json().get("total").asInt());
        assertEquals(200, api.get("api/fhir/QuestionnaireResponse/" + id + "/_history/1").status());
        assertEquals(404, api.get("api/fhir/QuestionnaireResponse/" + id + "/_history/2").status());

        assertEquals(1L, Db.count("select count(*) from audit_event where action = 'fhir.questionnaire-response.create' and clinic_id = ?"
                + " and intake_id = cast(? as uuid) and status = 201", clinicId, intakeId));
        assertEquals(3L, audited("fhir.questionnaire-response.search", clinicId, 200));
        assertEquals(2L, audited("fhir.questionnaire-response.vread", clinicId, 200) + audited("fhir.questionnaire-response.vread", clinicId, 404));
    }

    /** The OperationOutcome's diagnostics of a 400, in its order. */
    private static java.util.List<String> diagnostics(Api.Reply refused) {
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("OperationOutcome", refused.json().get("resourceType").asText(), refused::toString);
        java.util.List<String> found = new java.util.ArrayList<>();
        refused.json().get("issue").forEach(issue -> found.add(issue.get("diagnostics").asText()));
        return found;
    }

    @Test
    void shouldRefuseABadFollowUpThroughFhirWithOutcomesThatNameTheItemsAndStoreNothing() {
        String clinicId = uniqueClinicId();
        intake(clinicId);
        String good = fhirFollowUp(clinicId, java.time.LocalDate.now().minusDays(2), false);
        FhirValidation validation = bothQuestionnaires();
        Api clinician = TestUsers.clinician(new Api(base));
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("painIntensity", good.replace("{\"valueInteger\": 6}", "{\"valueString\": \"bastante – “mucho”\"}"));
        cases.put("lefs.3", good.replace("\"lefs.3\", \"answer\": [{\"valueCoding\": {\"system\": \"https://stride.clinic/fhir/CodeSystem/lefs-answer\", \"code\": \"3\"",
                "\"lefs.3\", \"answer\": [{\"valueCoding\": {\"system\": \"https://stride.clinic/fhir/CodeSystem/lefs-answer\", \"code\": \"7\""));
        cases.put("questionnaire", good.replace("stride-followup|1.0.0", "stride-followup|0.9.0"));
        cases.put("subject", good.replace("\"reference\": \"Patient/" + clinicId + "\"", "\"display\": \"Zoë\""));
        for (var c : cases.entrySet()) {
            Api.Reply refused = clinician.postFhir(c.getValue(), java.util.Map.of());
            assertEquals(400, refused.status(), c.getKey() + ": " + refused);
            assertEquals(0, validation.errors(refused.body()).size(), FhirValidation.describe(validation.errors(refused.body())));
            assertTrue(refused.json().at("/issue/0/diagnostics").asText().startsWith(c.getKey() + ": "), refused::toString);
        }
        Api.Reply unknown = clinician.postFhir(good.replace("Patient/" + clinicId, "Patient/" + uniqueClinicId()), java.util.Map.of());
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("OperationOutcome", unknown.json().get("resourceType").asText());
        java.util.Map<String, String> keyed = java.util.Map.of("Idempotency-Key", "k-" + clinicId);
        assertEquals(java.util.List.of("Idempotency-Key: is taken for intakes only; send a follow-up without it"),
                diagnostics(clinician.postFhir(good, keyed)), "a good follow-up with a key: the key alone");
        java.util.List<String> unreadable = diagnostics(clinician.postFhir(cases.get("painIntensity"), keyed));
        assertEquals(2, unreadable.size(), unreadable::toString);
        assertTrue(unreadable.get(0).startsWith("Idempotency-Key: ") && unreadable.get(1).startsWith("painIntensity: "),
                "an item that does not read and the key, in one answer: " + unreadable);
        String future = fhirFollowUp(clinicId, java.time.LocalDate.now().plusDays(3), false);
        java.util.List<String> invalid = diagnostics(clinician.postFhir(future, keyed));
        assertEquals(2, invalid.size(), invalid::toString);
        assertTrue(invalid.get(0).startsWith("Idempotency-Key: ") && invalid.get(1).contains("cannot be in the future"),
                "a field that fails its rule and the key, in one answer: " + invalid);
        assertEquals(0L, Db.count("select count(*) from follow_up f join patient p on p.id = f.patient_id where p.clinic_id = ?", clinicId));

        Api.Reply frontDesk = TestUsers.frontDesk(new Api(base)).postFhir(good, java.util.Map.of("Prefer", "return=representation"));
        assertEquals(201, frontDesk.status(), frontDesk::toString);
        assertEquals("OperationOutcome", frontDesk.json().get("resourceType").asText(), "the front desk sees no clinical detail");
        assertEquals(1L, Db.count("select count(*) from follow_up f join patient p on p.id = f.patient_id where p.clinic_id = ?", clinicId));
    }
}
