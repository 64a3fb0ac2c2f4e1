package clinic.stride.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.outcomes.Lefs;
import clinic.stride.outcomes.LefsItem;
import clinic.stride.platform.Json;
import clinic.stride.testsupport.BadFields;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LefsAnswersTest {

    private static final List<Integer> FIFTY_SEVEN = List.of(3, 3, 4, 4, 4, 2, 3, 4, 2, 4, 4, 3, 3, 3, 4, 1, 1, 0, 1, 4);

    @Test
    void shouldNameItsAnswersAfterTheInstrumentsItemsInTheInstrumentsOrder() {
        assertEquals(Arrays.stream(LefsItem.values()).map(LefsItem::fieldName).toList(),
                Arrays.stream(LefsAnswers.class.getRecordComponents()).map(RecordComponent::getName).toList());
        assertEquals("walkingAMile", LefsItem.WALKING_A_MILE.fieldName());
        assertEquals(2, LefsAnswers.of(FIFTY_SEVEN).squatting());
    }

    @Test
    void shouldAskTwentyItemsFromZeroToFourInTheInstrumentsWordsWhenTheCatalogueIsBuilt() {
        Question group = IntakeForm.find("lefs").orElseThrow();
        assertTrue(group.isGroup());
        assertFalse(group.required(), "the LEFS is optional");
        assertEquals(20, group.items().size());
        Question squatting = IntakeForm.find("lefs.squatting").orElseThrow();
        assertEquals(Question.Kind.INTEGER, squatting.kind());
        assertEquals(BigDecimal.ZERO, squatting.min());
        assertEquals(BigDecimal.valueOf(4), squatting.max());
        assertEquals("6. Squatting.", squatting.text().en());
        assertEquals("6. Ponerse en cuclillas.", squatting.text().es());
        assertEquals(LefsItem.SQUATTING, IntakeForm.lefsItem("lefs.squatting").orElseThrow());
        assertTrue(IntakeForm.lefsItem("pain.intensity").isEmpty());
    }

    @Test
    void shouldRefuseEachItemOutsideZeroToFourByItsOwnPath() throws Exception {
        List<Integer> bad = new ArrayList<>(FIFTY_SEVEN);
        bad.set(5, 5);
        bad.set(18, -1);
        com.fasterxml.jackson.databind.node.ObjectNode json = Json.mapper().valueToTree(LefsAnswers.of(FIFTY_SEVEN));
        json.put("squatting", 5).put("hopping", -1);
        LefsAnswers answers = Json.mapper().treeToValue(json, LefsAnswers.class);
        Set<ConstraintViolation<LefsAnswers>> violations = BadFields.validator().validate(answers);
        assertEquals(Set.of("squatting", "hopping"), BadFields.paths(violations));
        violations.forEach(v -> assertEquals(LefsAnswers.ITEM, v.getMessage()));
        assertThrows(IllegalArgumentException.class, () -> LefsAnswers.of(bad), "the instrument refuses them too");
    }

    @Test
    void shouldScoreOnlyACompleteFormAndCountTheAnsweredItems() {
        assertEquals(57, LefsAnswers.of(FIFTY_SEVEN).score().totalOrNull());
        List<Integer> oneBlank = new ArrayList<>(FIFTY_SEVEN);
        oneBlank.set(16, null);
        Lefs.Score incomplete = LefsAnswers.of(oneBlank).score();
        assertNull(incomplete.totalOrNull());
        assertEquals(19, incomplete.answered());
    }

    @Test
    void shouldStoreNoLefsWhenTheIntakeLeftEveryItemBlank() {
        IntakeAnswers answered = IntakeAnswersBuilder.aPatient().build();
        assertNull(answered.withLefs(LefsAnswers.of(Collections.nCopies(20, null))).lefs(), "a skipped LEFS is no LEFS");
        assertEquals(LefsAnswers.of(FIFTY_SEVEN), answered.withLefs(LefsAnswers.of(FIFTY_SEVEN)).lefs());
    }

    @Test
    void shouldWriteTheInstrumentVersionWithTheAnswersAndIgnoreOneSentBack() throws Exception {
        JsonNode json = Json.mapper().valueToTree(LefsAnswers.of(FIFTY_SEVEN));
        assertEquals(Lefs.INSTRUMENT_VERSION, json.get("instrumentVersion").asText());
        assertEquals(21, json.size(), "20 items and the version, nothing else: " + json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("instrumentVersion", "LEFS-2099");
        LefsAnswers read = Json.mapper().treeToValue(json, LefsAnswers.class);
        assertEquals(LefsAnswers.of(FIFTY_SEVEN), read);
        assertEquals(Lefs.INSTRUMENT_VERSION, read.instrumentVersion());
    }
}
