package clinic.stride.fhir;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.platform.Json;
import clinic.stride.platform.Problem;
import clinic.stride.testsupport.BadFields;
import clinic.stride.testsupport.FhirValidation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class IntakeResponsesTest {

    static final FhirValidation VALIDATION = IntakeQuestionnaireTest.VALIDATION;

    /**
     * The sample intake of a runner who answered the whole red-flag screen, pregnancy included: every question
     * of the form applies, so every answer travels.
     */
    static ObjectNode runner() {
        return complete("C-2001", b -> {
            at(b, "factors.activity").put("runningKmPerWeek", 18.5).put("speedWork", true).put("downhill", false);
            at(b, "factors").put("pregnant", true);
            at(b, "redFlags").put("saddleNumbness", false).put("urinaryRetention", false).put("bothLegs", true)
                    .put("numbnessOrWeaknessWorsening", true).put("cannotBearWeight", false).put("cancerHistory", true)
                    .put("unexplainedWeightLoss", false).put("immunosuppressed", false);
        });
    }

    static IntakeRequest request(ObjectNode body) throws Exception {
        return Json.mapper().treeToValue(body, IntakeRequest.class);
    }

    static QuestionnaireResponse response(IntakeRequest request) {
        return IntakeResponses.toResponse(UUID.fromString("0b5c3f3e-8a51-4c57-9d0b-3c4f6f0a1b2c"), 1,
                Instant.parse("2026-11-20T09:30:00Z"), request.patient(), request.answers());
    }

    @Test
    void shouldValidateWithoutErrorsOrWarningsAgainstR4AndTheQuestionnaire() throws Exception {
        for (ObjectNode body : new ObjectNode[] {runner(), complete("C-2002")}) {
            QuestionnaireResponse response = response(request(body));
            var messages = VALIDATION.messages(response, ResultSeverityEnum.WARNING);
            assertTrue(messages.isEmpty(), () -> FhirValidation.describe(messages));
        }
    }

    @Test
    void shouldBeFoundInvalidWhenARequiredAnswerIsMissing() throws Exception {
        // The validator checks against the Questionnaire, not only base R4.
        QuestionnaireResponse response = response(request(runner()));
        QuestionnaireResponseItemComponent pain = response.getItem().stream()
                .filter(i -> i.getLinkId().equals("pain")).findFirst().orElseThrow();
        pain.getItem().removeIf(i -> i.getLinkId().equals("pain.intensity"));
        var errors = VALIDATION.errors(response);
        assertTrue(errors.stream().anyMatch(m -> m.getMessage().contains("pain.intensity")), () -> FhirValidation.describe(errors));
    }

    @Test
    void shouldReadBackTheSameIntakeWhenEveryQuestionApplies() throws Exception {
        IntakeRequest original = request(runner());
        String json = Fhir.toJson(response(original));
        IntakeRequest back = IntakeResponses.toRequest(Fhir.strictParser().parseResource(QuestionnaireResponse.class, json));
        assertEquals(Json.mapper().valueToTree(original), (JsonNode) Json.mapper().valueToTree(back));
    }

    @Test
    void shouldCarryTheLefsItemsBothWaysAndLeaveABlankItemUnanswered() throws Exception {
        IntakeRequest withoutLefs = request(runner());
        java.util.List<Integer> items = new java.util.ArrayList<>(java.util.Collections.nCopies(20, 3));
        items.set(18, null);
        IntakeRequest original = new IntakeRequest(withoutLefs.patient(), withoutLefs.visitDate(), withoutLefs.language(),
                withoutLefs.pain(), withoutLefs.factors(), withoutLefs.redFlags(), clinic.stride.intake.LefsAnswers.of(items), null);
        QuestionnaireResponse response = Fhir.strictParser().parseResource(QuestionnaireResponse.class, Fhir.toJson(response(original)));
        assertEquals(3, item(response, "lefs.squatting").getAnswerFirstRep().getValueIntegerType().getValue());
        assertTrue(item(response, "lefs.hopping") == null || !item(response, "lefs.hopping").hasAnswer(), "a blank item has no answer");
        IntakeRequest back = IntakeResponses.toRequest(response);
        assertEquals(original.lefs(), back.lefs());
        assertEquals(19, back.lefs().score().answered());
    }

    @Test
    void shouldCarryEveryRedFlagAndPregnancyAnswerBothWays() throws Exception {
        QuestionnaireResponse response = response(request(runner()));
        assertEquals(true, item(response, "redFlags.bothLegs").getAnswerFirstRep().getValueBooleanType().booleanValue());
        assertEquals(false, item(response, "redFlags.saddleNumbness").getAnswerFirstRep().getValueBooleanType().booleanValue());
        assertEquals(true, item(response, "redFlags.cancerHistory").getAnswerFirstRep().getValueBooleanType().booleanValue());
        assertEquals(true, item(response, "factors.pregnant").getAnswerFirstRep().getValueBooleanType().booleanValue());
        IntakeRequest back = IntakeResponses.toRequest(response);
        assertEquals(Boolean.TRUE, back.factors().pregnant());
        assertEquals(Boolean.TRUE, back.redFlags().numbnessOrWeaknessWorsening());
        assertEquals(Boolean.FALSE, back.redFlags().urinaryRetention());
        assertEquals(Boolean.FALSE, back.redFlags().immunosuppressed());
    }

    @Test
    void shouldLeaveNewRedFlagsOutWhenNotAskedAndReadThemBackAsNotAsked() throws Exception {
        // complete.json predates the guideline screen: its intake has none of the new answers.
        QuestionnaireResponse response = response(request(complete("C-2004")));
        assertNull(find(response.getItem(), "redFlags.saddleNumbness"));
        assertNull(find(response.getItem(), "factors.pregnant"));
        IntakeRequest back = IntakeResponses.toRequest(response);
        assertNull(back.redFlags().saddleNumbness());
        assertNull(back.factors().pregnant());
        assertEquals(Boolean.FALSE, back.redFlags().fever());
    }

    @Test
    void shouldNotSendPregnancyAnswerWhenPatientIsMaleBecauseTheFormDoesNotAskIt() throws Exception {
        ObjectNode male = complete("C-2005", b -> {
            ((ObjectNode) b.get("patient")).put("sex", "male");
            at(b, "factors").put("pregnant", false);
            at(b, "redFlags").put("saddleNumbness", true);
        });
        QuestionnaireResponse response = response(request(male));
        assertNull(find(response.getItem(), "factors.pregnant"));
        var messages = VALIDATION.messages(response, ResultSeverityEnum.WARNING);
        assertTrue(messages.isEmpty(), () -> FhirValidation.describe(messages));
        // Answered although not enabled: the validator against the Questionnaire notices.
        QuestionnaireResponse answered = response(request(male));
        find(answered.getItem(), "factors").addItem().setLinkId("factors.pregnant")
                .setText("Are you pregnant, or have you given birth in the last 6 months?")
                .addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(true));
        var errors = VALIDATION.errors(answered);
        assertTrue(errors.stream().anyMatch(m -> m.getMessage().contains("factors.pregnant")), () -> FhirValidation.describe(errors));
    }

    @Test
    void shouldKeepDownhillAndSpeedWorkOnTheWayOutAndBackWhenThePatientDoesNotRun() throws Exception {
        for (boolean answer : new boolean[] {true, false}) {
            IntakeRequest original = request(complete("C-2003", b -> at(b, "factors.activity")
                    .put("runningKmPerWeek", 0).put("downhill", answer).put("speedWork", answer)));
            QuestionnaireResponse response = response(original);
            var messages = VALIDATION.messages(response, ResultSeverityEnum.WARNING);
            assertTrue(messages.isEmpty(), () -> FhirValidation.describe(messages));
            String json = Fhir.toJson(response);
            IntakeRequest back = IntakeResponses.toRequest(Fhir.strictParser().parseResource(QuestionnaireResponse.class, json));
            assertEquals(Boolean.valueOf(answer), back.factors().activity().downhill());
            assertEquals(Boolean.valueOf(answer), back.factors().activity().speedWork());
            assertEquals(Json.mapper().valueToTree(original), (JsonNode) Json.mapper().valueToTree(back));
        }
    }

    @Test
    void shouldRefuseBothLegsAsTheLongerSideLikeTheApiDoes() throws Exception {
        List<Problem.FieldError> errors = refused(r -> item(r, "factors.legLength.longerSide").getAnswerFirstRep()
                .getValueCoding().setCode("both"));
        assertEquals("factors.legLength.longerSide", errors.getFirst().field());
        assertTrue(errors.getFirst().message().startsWith("must be one of: left, right"), errors.getFirst().message());
    }

    @Test
    void shouldBeFoundInvalidWhenTheEmailIsNotAnAddress() throws Exception {
        QuestionnaireResponse valid = response(request(runner()));
        assertTrue(VALIDATION.errors(valid).isEmpty(), () -> FhirValidation.describe(VALIDATION.errors(valid)));
        QuestionnaireResponse response = response(request(runner()));
        item(response, "patient.email").getAnswerFirstRep().setValue(new StringType("María Ortega, Calle Mayor 3"));
        var errors = VALIDATION.errors(response);
        assertEquals(1, errors.size(), () -> FhirValidation.describe(errors));
        assertTrue(errors.getFirst().getMessage().contains("name@example.com"), () -> FhirValidation.describe(errors));
    }

    @Test
    void shouldDescribeThePatientAsContainedSubjectWithClinicIdentifier() throws Exception {
        QuestionnaireResponse response = response(request(runner()));
        assertEquals("#patient", response.getSubject().getReference());
        Patient patient = (Patient) response.getContained().getFirst();
        assertEquals(Fhir.CLINIC_ID_SYSTEM, patient.getIdentifierFirstRep().getSystem());
        assertEquals("C-2001", patient.getIdentifierFirstRep().getValue());
        assertEquals("Ortega", patient.getNameFirstRep().getFamily());
        assertEquals("female", patient.getGender().toCode());
        assertEquals("1961-03-14", patient.getBirthDateElement().getValueAsString());
        assertEquals(Fhir.questionnaireCanonical(), response.getQuestionnaire());
        assertEquals("completed", response.getStatus().toCode());
    }

    @Test
    void shouldTakeThePatientFromTheSubjectWhenThePatientQuestionsAreMissing() throws Exception {
        QuestionnaireResponse response = response(request(runner()));
        response.getItem().removeIf(i -> i.getLinkId().equals("patient"));
        IntakeRequest back = IntakeResponses.toRequest(response);
        assertEquals("C-2001", back.patient().clinicId());
        assertEquals("Maria", back.patient().givenName());
        assertEquals("maria.ortega@example.org", back.patient().email());
    }

    @Test
    void shouldNameTheItemWhenAnAnswerHasTheWrongType() throws Exception {
        List<Problem.FieldError> errors = refused(r -> item(r, "pain.intensity").getAnswerFirstRep().setValue(new StringType("7")));
        assertEquals("pain.intensity", errors.getFirst().field());
        assertTrue(errors.getFirst().message().contains("valueInteger"), errors::toString);
    }

    @Test
    void shouldNameTheItemWhenACodeIsNotAnOption() throws Exception {
        List<Problem.FieldError> errors = refused(r -> item(r, "pain.side").getAnswerFirstRep().getValueCoding().setCode("middle"));
        assertEquals("pain.side", errors.getFirst().field());
    }

    @Test
    void shouldRefuseItemsThatAreNotStrideQuestions() throws Exception {
        List<Problem.FieldError> errors = refused(r -> r.addItem().setLinkId("pain.colour").addAnswer().setValue(new StringType("red")));
        assertEquals("pain.colour", errors.getFirst().field());
    }

    @Test
    void shouldRefuseTwoAnswersToAOneAnswerQuestion() throws Exception {
        List<Problem.FieldError> errors = refused(r -> item(r, "pain.intensity").addAnswer().setValue(new IntegerType(3)));
        assertEquals("pain.intensity", errors.getFirst().field());
    }

    @Test
    void shouldRefuseAnotherQuestionnairesResponse() throws Exception {
        List<Problem.FieldError> errors = refused(r -> r.setQuestionnaire("http://example.org/Questionnaire/phq-9"));
        assertEquals("questionnaire", errors.getFirst().field());
    }

    @Test
    void shouldRefuseAQuestionnaireCanonicalThatIsOnlyTheVersionBar() throws Exception {
        // "|".split("\\|") has no element: this used to end as an ArrayIndexOutOfBoundsException (a 500).
        List<Problem.FieldError> errors = refused(r -> r.setQuestionnaire("|"));
        assertEquals("questionnaire", errors.getFirst().field());
    }

    @Test
    void shouldNameTheLinkIdElementWhenALinkIdIsBlank() throws Exception {
        // A blank link id used to come back as the error's field, which no client can show beside anything.
        List<Problem.FieldError> errors = refused(r -> item(r, "pain.side").setLinkId(" "));
        assertTrue(errors.contains(new Problem.FieldError("item.linkId", "is not a question of the Stride intake")), errors::toString);
        assertTrue(errors.stream().noneMatch(e -> e.field().isBlank()), errors::toString);
    }

    @Test
    void shouldRefuseABlankBodyAndAnotherResourceTypeAsBodyProblems() {
        UnreadableResponse blank = assertThrows(UnreadableResponse.class, () -> ResponseParser.parse(" "));
        assertEquals("(body)", blank.errors().getFirst().field());
        UnreadableResponse patient = assertThrows(UnreadableResponse.class,
                () -> ResponseParser.parse("{\"resourceType\": \"Patient\", \"id\": \"x\"}"));
        assertEquals(List.of(new Problem.FieldError("(body)", "must be a QuestionnaireResponse (resourceType)")), patient.errors());
    }

    @Test
    void shouldRefuseAnElementWithAnEmptyNameAsABodyProblemInsteadOfFailing() {
        // Found by FhirImportFuzzTest's 10-minute run: HAPI's JSON parser throws StringIndexOutOfBoundsException
        // for an element named "" at any depth, which reached the client as a 500.
        for (String body : List.of(
                "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"\":1}",
                "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"a\",\"answer\":[{\"\":true}]}]}")) {
            UnreadableResponse thrown = assertThrows(UnreadableResponse.class, () -> ResponseParser.parse(body), body);
            assertEquals(List.of(new Problem.FieldError("(body)", "is not a FHIR R4 QuestionnaireResponse in JSON")),
                    thrown.errors());
        }
    }

    @Test
    void shouldRefuseANumberOfMoreThanAThousandDigitsWrittenOutBeforeHapiReadsIt() throws Exception {
        // Found by FhirImportFuzzTest in CI: HAPI writes 1e1000000 out as a million digits and parses that text
        // as a BigDecimal, which took 15 s here (the fuzzer's mutation of it hung for 23 minutes).
        String runner = Fhir.toJson(response(request(runner())));
        assertTrue(runner.contains("\"valueDecimal\": 164.0"), "the sample answers height as 164.0");
        for (String huge : List.of("1e1000000", "-1E+1001", "1e-1000000", "0.1e-999")) {
            UnreadableResponse thrown = assertThrows(UnreadableResponse.class,
                    () -> ResponseParser.parse(runner.replace("\"valueDecimal\": 164.0", "\"valueDecimal\": " + huge)), huge);
            assertEquals(1, thrown.errors().size(), huge);
            assertTrue(thrown.errors().getFirst().field().matches("item\\[\\d+]\\.item\\[\\d+]\\.answer\\[0]\\.valueDecimal"),
                    thrown.errors().getFirst().field());
            assertEquals("is a number with more than 1000 digits", thrown.errors().getFirst().message());
        }
        // A thousand digits written out is still read, and then refused as a height out of range by validation.
        IntakeRequest thousandDigits = IntakeResponses.toRequest(ResponseParser.parse(
                runner.replace("\"valueDecimal\": 164.0", "\"valueDecimal\": 1e999")));
        assertEquals(Set.of("factors.heightCm"), BadFields.of(thousandDigits));
    }

    @Test
    void shouldRefuseABodyThatIsNotUtf8InsteadOfStoringReplacementCharacters() throws Exception {
        // Found by MalformedBodiesIT: a name sent in Latin-1 was decoded to "Mar\uFFFDa" and stored.
        byte[] latin1 = Fhir.toJson(response(request(runner()))).replace("Maria", "Mar\u00ffa")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        UnreadableResponse thrown = assertThrows(UnreadableResponse.class, () -> ResponseParser.parse(latin1));
        assertEquals(List.of(new Problem.FieldError("(body)", "the body is not UTF-8 encoded JSON")), thrown.errors());
        byte[] utf8 = Fhir.toJson(response(request(runner()))).replace("Maria", "Mar\u00ffa")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("Mar\u00ffa", IntakeResponses.toRequest(ResponseParser.parse(utf8)).patient().givenName());
    }

    @Test
    void shouldKeepOnlyTheUrlOfAVersionedCanonical() {
        assertEquals(Fhir.QUESTIONNAIRE_URL, IntakeResponses.canonicalUrl(Fhir.questionnaireCanonical()));
        assertEquals(Fhir.QUESTIONNAIRE_URL, IntakeResponses.canonicalUrl(Fhir.QUESTIONNAIRE_URL));
        assertEquals("", IntakeResponses.canonicalUrl("|"));
    }

    private static List<Problem.FieldError> refused(Consumer<QuestionnaireResponse> change) throws Exception {
        QuestionnaireResponse response = response(request(runner()));
        change.accept(response);
        UnreadableResponse thrown = assertThrows(UnreadableResponse.class, () -> IntakeResponses.toRequest(response));
        assertFalse(thrown.errors().isEmpty());
        return thrown.errors();
    }

    static QuestionnaireResponseItemComponent item(QuestionnaireResponse response, String linkId) {
        return find(response.getItem(), linkId);
    }

    private static QuestionnaireResponseItemComponent find(java.util.List<QuestionnaireResponseItemComponent> items, String linkId) {
        for (QuestionnaireResponseItemComponent item : items) {
            if (item.getLinkId().equals(linkId)) {
                return item;
            }
            QuestionnaireResponseItemComponent inside = find(item.getItem(), linkId);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
