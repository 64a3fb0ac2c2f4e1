package clinic.stride.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What the generic renderer draws for a plain question of the catalogue, without a page: tag, words, box. */
class AskedQuestionTest {

    private static final Function<String, String> ENGLISH = AskedQuestion.wording(PageLanguage.bundle(Language.EN));
    private static final Function<String, String> SPANISH = AskedQuestion.wording(PageLanguage.bundle(Language.ES));

    @Test
    void shouldAskTheHistoryPageWithTheSameTagsAndWordsAsTheHandPlacedLinesItReplaced() {
        List<AskedQuestion> asked = IntakeStep.HISTORY.unlisted(IntakeForm.standard()).stream()
                .map(q -> AskedQuestion.of(q, Language.EN, ENGLISH)).toList();

        assertEquals(List.of("factors.pastInjuries.hipFracture", "factors.pastInjuries.dislocation",
                "factors.pastInjuries.other", "factors.conditions"), asked.stream().map(AskedQuestion::field).toList());
        assertEquals(List.of("yesno", "yesno", "text", "choice"), asked.stream().map(AskedQuestion::tag).toList());
        AskedQuestion other = asked.get(2);
        assertEquals("Other injuries to your hips, back or legs (optional)", other.label());
        assertEquals("For example: sprained ankle in 2019.", other.hint());
        assertEquals("l", other.width());
        assertNull(other.inputmode());
        AskedQuestion conditions = asked.get(3);
        assertEquals("checkbox", conditions.type());
        assertNull(conditions.columns(), "eight conditions fit in one column, as on the hand-placed page");
        assertEquals(new FormOptions().of("condition"), conditions.codes());
        conditions.codes().forEach(code -> assertEquals(ENGLISH.apply("opt.condition." + code), conditions.options().get(code)));
    }

    @Test
    void shouldWordAQuestionTheBundleDoesNotKnowFromTheCatalogueWithItsRangeAsTheHintInThePagesLanguage() {
        Question stairs = new Question("factors.activity.flightsOfStairsPerDay", Question.Kind.INTEGER, false, false,
                new Question.Text("How many flights of stairs do you climb on a usual day?", "¿Cuántos tramos de escalera sube en un día normal?"),
                null, List.of(), BigDecimal.ZERO, new BigDecimal("50.0"), null, null, List.of(), null);

        AskedQuestion spanish = AskedQuestion.of(stairs, Language.ES, SPANISH);
        AskedQuestion english = AskedQuestion.of(stairs, Language.EN, ENGLISH);

        assertEquals("text", spanish.tag());
        assertEquals("¿Cuántos tramos de escalera sube en un día normal?", spanish.label());
        assertEquals("Un número del 0 al 50.", spanish.hint());
        assertEquals("A number from 0 to 50.", english.hint());
        assertEquals("s", english.width());
        assertEquals("numeric", english.inputmode());
    }

    @Test
    void shouldOfferALongListOfCodesInTwoColumnsAsRadioButtonsWhenOneAnswerIsAllowed() {
        List<Question.Option> options = java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(n -> new Question.Option("s" + n, new Question.Text("Surface " + n, "Superficie " + n))).toList();
        Question surface = new Question("factors.activity.usualSurface", Question.Kind.CHOICE, false, false,
                new Question.Text("What do you usually walk on?", "¿Sobre qué suele caminar?"), "Surface", options,
                null, null, null, null, List.of(), null);

        AskedQuestion asked = AskedQuestion.of(surface, Language.ES, SPANISH);

        assertEquals("choice", asked.tag());
        assertEquals("radio", asked.type());
        assertEquals("two-columns", asked.columns());
        assertEquals("Superficie 9", asked.options().get("s9"));
        assertEquals(Map.entry("s1", "Superficie 1"), asked.options().entrySet().iterator().next());
        assertNull(asked.hint());
    }

    @Test
    void shouldRefuseAQuestionThatAWidgetAsks() {
        Question birthDate = IntakeForm.find("patient.birthDate").orElseThrow();
        Question runningKm = IntakeForm.find("factors.activity.runningKmPerWeek").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> AskedQuestion.of(birthDate, Language.EN, ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> AskedQuestion.of(runningKm, Language.EN, ENGLISH));
    }
}
