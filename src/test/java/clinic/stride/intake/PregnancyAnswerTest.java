package clinic.stride.intake;

import static clinic.stride.intake.IntakeAnswersBuilder.aPatient;
import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.stride.patient.Sex;
import clinic.stride.platform.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PregnancyAnswerTest {

    @Test
    void shouldRefuseFieldPregnantWhenPatientIsMale() {
        Factors factors = aPatient().male().pregnant(true).build().factors();
        List<Problem.FieldError> errors = IntakeService.pregnancyErrors(factors, Sex.MALE);
        assertEquals(List.of("factors.pregnant"), errors.stream().map(Problem.FieldError::field).toList());
    }

    @ParameterizedTest
    @EnumSource(value = Sex.class, names = {"FEMALE", "OTHER", "UNKNOWN"})
    void shouldAcceptPregnantWhenSexIsNotMale(Sex sex) {
        Factors factors = aPatient().pregnant(true).build().factors();
        assertEquals(List.of(), IntakeService.pregnancyErrors(factors, sex));
    }

    @Test
    void shouldAcceptMaleWhenPregnancyIsNotAskedOrAnsweredNo() {
        assertEquals(List.of(), IntakeService.pregnancyErrors(aPatient().build().factors(), Sex.MALE));
        assertEquals(List.of(), IntakeService.pregnancyErrors(aPatient().pregnant(false).build().factors(), Sex.MALE));
    }

    @Test
    void shouldKeepNewAnswersOutOfJsonWhenNotAsked() {
        String json = IntakeService.toJson(aPatient().build());
        assertEquals(false, json.contains("pregnant"), json);
        IntakeAnswers stored = IntakeService.fromJson(json.replace("\"saddleNumbness\":false,", ""));
        assertEquals(null, stored.redFlags().saddleNumbness());
        assertEquals(Boolean.FALSE, stored.redFlags().bothLegs());
        IntakeAnswers pregnant = IntakeService.fromJson(IntakeService.toJson(aPatient().female().pregnant(true).build()));
        assertEquals(Boolean.TRUE, pregnant.factors().pregnant());
    }
}
