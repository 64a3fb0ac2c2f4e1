package clinic.stride.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import clinic.stride.testsupport.FhirValidation;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.Test;

class IntakeQuestionnaireTest {

    static final FhirValidation VALIDATION = new FhirValidation(IntakeQuestionnaire.build());

    @Test
    void shouldValidateAgainstBaseR4WithoutErrorsOrWarnings() {
        Questionnaire questionnaire = IntakeQuestionnaire.build();
        var messages = VALIDATION.messages(questionnaire, ResultSeverityEnum.WARNING);
        assertTrue(messages.isEmpty(), () -> FhirValidation.describe(messages));
    }

    @Test
    void shouldReportErrorsWhenQuestionnaireIsBroken() {
        // The validator really looks: without a status and an item type the same resource fails.
        Questionnaire broken = IntakeQuestionnaire.build();
        broken.setStatus(null);
        broken.getItemFirstRep().setType(null);
        assertFalse(VALIDATION.errors(broken).isEmpty());
    }

    @Test
    void shouldCarryCanonicalUrlVersionAndActiveStatus() {
        Questionnaire questionnaire = IntakeQuestionnaire.build();
        assertEquals("https://stride.clinic/fhir/Questionnaire/stride-intake", questionnaire.getUrl());
        assertEquals(Fhir.QUESTIONNAIRE_VERSION, questionnaire.getVersion());
        // 1.1.0 added the LEFS group: a client holding 1.0.0 must see a new version, not new items under the old one.
        assertEquals("1.1.0", questionnaire.getVersion());
        assertNotNull(find(questionnaire.getItem(), "lefs.squatting"));
        assertEquals("active", questionnaire.getStatus().toCode());
    }

    @Test
    void shouldOfferEnumCodesWithSpanishDisplayWhenQuestionIsAChoice() {
        QuestionnaireItemComponent regions = find(IntakeQuestionnaire.build().getItem(), "pain.regions");
        assertEquals("choice", regions.getType().toCode());
        assertTrue(regions.getRepeats());
        assertTrue(regions.getRequired());
        Coding outerHip = regions.getAnswerOptionFirstRep().getValueCoding();
        assertEquals("https://stride.clinic/fhir/CodeSystem/pain-region", outerHip.getSystem());
        assertEquals("outer_hip", outerHip.getCode());
        assertEquals("Parte de fuera de la cadera", outerHip.getDisplayElement()
                .getExtensionByUrl(IntakeQuestionnaire.TRANSLATION).getExtensionString("content"));
    }

    @Test
    void shouldAskAboutTheLongerLegOnlyWhenTheLegsDiffer() {
        QuestionnaireItemComponent longer = find(IntakeQuestionnaire.build().getItem(), "factors.legLength.longerSide");
        var condition = longer.getEnableWhenFirstRep();
        assertEquals("factors.legLength.differenceMm", condition.getQuestion());
        assertEquals(">", condition.getOperator().toCode());
        assertEquals(0, condition.getAnswerIntegerType().getValue());
    }

    @Test
    void shouldAskEveryoneAboutDownhillRunningAndSpeedWorkBecauseTheIntakeStoresThemWhateverTheDistance() {
        for (String linkId : List.of("factors.activity.downhill", "factors.activity.speedWork")) {
            QuestionnaireItemComponent item = find(IntakeQuestionnaire.build().getItem(), linkId);
            assertFalse(item.hasEnableWhen(), linkId);
            assertEquals("boolean", item.getType().toCode(), linkId);
        }
    }

    @Test
    void shouldOfferOnlyLeftAndRightForTheLongerLegAsTheApiAccepts() {
        QuestionnaireItemComponent longer = find(IntakeQuestionnaire.build().getItem(), "factors.legLength.longerSide");
        assertEquals(List.of("left", "right"), longer.getAnswerOption().stream().map(o -> o.getValueCoding().getCode()).toList());
        assertEquals("https://stride.clinic/fhir/CodeSystem/side", longer.getAnswerOptionFirstRep().getValueCoding().getSystem());
    }

    @Test
    void shouldConstrainTheEmailAnswerToAnAddress() {
        QuestionnaireItemComponent email = find(IntakeQuestionnaire.build().getItem(), "patient.email");
        assertEquals("string", email.getType().toCode());
        assertEquals(IntakeQuestionnaire.EMAIL_PATTERN, email.getExtensionString(IntakeQuestionnaire.REGEX));
        assertEquals("name@example.com", email.getExtensionString(IntakeQuestionnaire.ENTRY_FORMAT));
        for (String address : List.of("maria.ortega@example.org", "josé.núñez@ejemplo.es", "\"o'brien\"@example.ie")) {
            assertTrue(address.matches(IntakeQuestionnaire.EMAIL_PATTERN), address);
        }
        assertFalse("not an address".matches(IntakeQuestionnaire.EMAIL_PATTERN));
    }

    @Test
    void shouldAskTheRedFlagScreenAsYesNoQuestionsInBothLanguages() {
        Questionnaire questionnaire = IntakeQuestionnaire.build();
        for (String flag : List.of("saddleNumbness", "urinaryRetention", "bothLegs", "numbnessOrWeaknessWorsening",
                "cannotBearWeight", "cancerHistory", "unexplainedWeightLoss", "immunosuppressed")) {
            QuestionnaireItemComponent item = find(questionnaire.getItem(), "redFlags." + flag);
            assertEquals("boolean", item.getType().toCode(), flag);
            assertFalse(item.getRequired(), flag + " is optional: absent means not asked");
            assertFalse(item.getTextElement().getExtensionByUrl(IntakeQuestionnaire.TRANSLATION)
                    .getExtensionString("content").isBlank(), flag);
        }
        assertEquals("Do you have numbness or tingling around your bottom, your genitals or the inside of your thighs?",
                find(questionnaire.getItem(), "redFlags.saddleNumbness").getText());
        assertEquals("¿Le cuesta orinar desde hace poco, o no puede orinar?",
                find(questionnaire.getItem(), "redFlags.urinaryRetention").getTextElement()
                        .getExtensionByUrl(IntakeQuestionnaire.TRANSLATION).getExtensionString("content"));
    }

    @Test
    void shouldAskAboutPregnancyOnlyWhenThePatientIsNotMale() {
        QuestionnaireItemComponent pregnant = find(IntakeQuestionnaire.build().getItem(), "factors.pregnant");
        assertEquals("boolean", pregnant.getType().toCode());
        assertFalse(pregnant.getRequired());
        var condition = pregnant.getEnableWhenFirstRep();
        assertEquals("patient.sex", condition.getQuestion());
        assertEquals("!=", condition.getOperator().toCode());
        assertEquals("male", condition.getAnswerCoding().getCode());
        assertEquals("https://stride.clinic/fhir/CodeSystem/sex", condition.getAnswerCoding().getSystem());
    }

    @Test
    void shouldCarryRangesFromBeanValidation() {
        QuestionnaireItemComponent intensity = find(IntakeQuestionnaire.build().getItem(), "pain.intensity");
        assertEquals(0, ((org.hl7.fhir.r4.model.IntegerType) intensity.getExtensionByUrl(IntakeQuestionnaire.MIN_VALUE).getValue()).getValue());
        assertEquals(10, ((org.hl7.fhir.r4.model.IntegerType) intensity.getExtensionByUrl(IntakeQuestionnaire.MAX_VALUE).getValue()).getValue());
    }

    static QuestionnaireItemComponent find(List<QuestionnaireItemComponent> items, String linkId) {
        for (QuestionnaireItemComponent item : items) {
            if (item.getLinkId().equals(linkId)) {
                return item;
            }
            QuestionnaireItemComponent inside = find(item.getItem(), linkId);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
