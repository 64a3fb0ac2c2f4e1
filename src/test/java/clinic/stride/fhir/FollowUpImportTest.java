package clinic.stride.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.followup.FollowUpView;
import clinic.stride.followup.FollowUps;
import clinic.stride.intake.RedFlagAnswers;
import clinic.stride.platform.Problem;
import clinic.stride.testsupport.FhirValidation;
import clinic.stride.vocabulary.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class FollowUpImportTest {

    private static final FhirValidation VALIDATION = new FhirValidation(FollowUpQuestionnaire.build(), IntakeQuestionnaire.build());

    private static final List<Integer> LEFS = Arrays.asList(3, 3, 4, 4, 4, 2, 3, 4, 2, 4, 4, 3, 3, 3, 4, 1, null, 0, 1, 4);

    private static FollowUpView stored(String clinicId) {
        RedFlagAnswers flags = new RedFlagAnswers(true, false, false, false, false, false, false, false, null, null, null,
                null, null, null, null, false);
        return new FollowUpView(UUID.randomUUID(), UUID.randomUUID(), clinicId, FollowUps.INSTRUMENT_VERSION, Language.ES,
                LocalDate.of(2026, 12, 3), Instant.parse("2026-12-03T18:15:00Z"), 7, LEFS, 19, null, -2, flags, 3,
                List.of("cauda-equina"), null, null);
    }

    private static List<String> fields(Runnable reading) {
        UnreadableResponse refused = assertThrows(UnreadableResponse.class, reading::run);
        return refused.errors().stream().map(Problem.FieldError::field).toList();
    }

    private static void read(QuestionnaireResponse response) {
        try {
            FollowUpImport.read(response);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldReadBackTheAnswersWhenAStoredFollowUpMakesTheRoundTrip() throws Exception {
        QuestionnaireResponse response = FollowUpResponses.toResponse(stored("C-ñ_7"));
        assertEquals(List.of(), VALIDATION.errors(response), FhirValidation.describe(VALIDATION.errors(response)));
        assertTrue(FollowUpImport.isFollowUp(response));

        FollowUpImport.Answers answers = FollowUpImport.read(response);
        assertEquals("C-ñ_7", answers.clinicId(), "the clinic id comes back through the encoded Patient id");
        assertEquals(Language.ES, answers.language());
        assertEquals(7, answers.request().painIntensity());
        assertEquals(LEFS, answers.request().lefs(), "the blank item stays blank");
        assertEquals(-2, answers.request().globalChange());
        assertEquals(Boolean.TRUE, answers.request().redFlags().bladderBowelLoss());
        assertEquals(Boolean.FALSE, answers.request().redFlags().immunosuppressed());
        assertNull(answers.request().redFlags().cancerHistory(), "a question not answered stays not answered");
        assertEquals(LocalDate.of(2026, 12, 3), answers.request().answeredOn());
    }

    @Test
    void shouldTellAnIntakeFromAFollowUpByItsQuestionnaire() {
        QuestionnaireResponse intake = new QuestionnaireResponse().setQuestionnaire(Fhir.questionnaireCanonical());
        assertFalse(FollowUpImport.isFollowUp(intake));
        assertFalse(FollowUpImport.isFollowUp(new QuestionnaireResponse()));
        assertTrue(FollowUpImport.isFollowUp(new QuestionnaireResponse().setQuestionnaire(FollowUpQuestionnaire.URL)));
    }

    @Test
    void shouldNameEveryBadItemByItsLinkIdWhenTheAnswersDoNotFit() {
        QuestionnaireResponse response = FollowUpResponses.toResponse(stored("C-1"));
        response.getItem().get(0).getAnswerFirstRep().setValue(new StringType("siete"));
        response.getItem().get(1).getItem().get(0).getAnswerFirstRep().setValue(new Coding(FollowUpQuestionnaire.LEFS_ANSWERS, "5", null));
        response.getItem().get(1).getItem().get(1).addAnswer().setValue(new Coding(null, "2", null));
        response.getItem().get(2).getAnswerFirstRep().setValue(new Coding(Fhir.CODE_SYSTEM_BASE + "side", "-2", null));
        response.addItem().setLinkId("redFlags.bladderBowelLoss").addAnswer().setValue(new BooleanType(false));
        response.addItem().setLinkId("pain.intensity").addAnswer().setValue(new IntegerType(3));
        response.addItem().setLinkId("lefs.21").addAnswer().setValue(new Coding(null, "2", null));

        assertEquals(List.of("globalChange", "lefs.1", "lefs.2", "lefs.21", "pain.intensity", "painIntensity",
                "redFlags.bladderBowelLoss"), fields(() -> read(response)));
    }

    @Test
    void shouldRefuseAResponseWithoutARegisteredPatientOrOfAnotherVersion() {
        QuestionnaireResponse response = FollowUpResponses.toResponse(stored("C-1"));
        response.getSubject().setReference("#patient").setIdentifier(null);
        response.setQuestionnaire(FollowUpQuestionnaire.URL + "|0.9.0");
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        response.setLanguage("fr");
        assertEquals(List.of("language", "questionnaire", "status", "subject"), fields(() -> read(response)));

        QuestionnaireResponse unreadable = FollowUpResponses.toResponse(stored("C-1"));
        unreadable.getSubject().setReference("Patient/-!!").setIdentifier(null);
        assertEquals(List.of("subject"), fields(() -> read(unreadable)), "an encoded Patient id that does not decode");
    }

    @Test
    void shouldTakeFlatItemsAndAnIdentifierSubjectWhenAToolSendsThemSo() throws Exception {
        QuestionnaireResponse response = new QuestionnaireResponse().setQuestionnaire(FollowUpQuestionnaire.URL)
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.getSubject().getIdentifier().setSystem(Fhir.CLINIC_ID_SYSTEM).setValue("NIÑO-2019");
        response.addItem().setLinkId("painIntensity").addAnswer().setValue(new IntegerType(0));
        response.addItem().setLinkId("lefs.20").addAnswer().setValue(new Coding(null, "4", null));
        response.addItem().setLinkId("redFlags.fever").addAnswer().setValue(new BooleanType(true));

        FollowUpImport.Answers answers = FollowUpImport.read(response);
        assertEquals("NIÑO-2019", answers.clinicId());
        assertNull(answers.language(), "no language: the visit's");
        List<Integer> lefs = new ArrayList<>(java.util.Collections.nCopies(20, (Integer) null));
        lefs.set(19, 4);
        assertEquals(lefs, answers.request().lefs());
        assertEquals(Boolean.TRUE, answers.request().redFlags().fever());
        assertNull(answers.request().globalChange());
        assertNull(answers.request().answeredOn(), "no authored: today");
    }
}
