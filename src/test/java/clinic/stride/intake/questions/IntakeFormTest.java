package clinic.stride.intake.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.IntakeRequest;
import clinic.stride.vocabulary.Coded;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The form covers the intake model: walking the records independently of {@link IntakeForm}, every
 * component must be a question and every enum constant an option, with text in English and Spanish.
 */
class IntakeFormTest {

    record Expected(String linkId, Class<?> enumType) {
    }

    static List<Expected> walk(Class<?> record, String prefix) {
        List<Expected> expected = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String linkId = prefix + component.getName();
            if (linkId.equals("consent")) {
                // The patient's agreement to the notice, stored beside the intake: no question of the form.
                continue;
            }
            Class<?> type = component.getType();
            Class<?> enumType = type.isEnum() ? type : null;
            if (component.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
                enumType = c;
            }
            expected.add(new Expected(linkId, enumType));
            if (type.isRecord()) {
                expected.addAll(walk(type, linkId + "."));
            }
        }
        return expected;
    }

    @Test
    void shouldAskOneQuestionPerComponentOfTheIntakeRecords() {
        List<Expected> expected = walk(IntakeRequest.class, "");
        Map<String, Question> questions = IntakeForm.byLinkId();
        for (Expected e : expected) {
            assertNotNull(questions.get(e.linkId()), () -> "no question for " + e.linkId());
        }
        assertEquals(expected.size(), questions.size(), "questions that are not intake fields: " + questions.keySet());
    }

    @Test
    void shouldAskNoQuestionAboutConsentWhenTheRequestCarriesOne() {
        assertTrue(IntakeForm.find("consent").isEmpty());
        assertTrue(IntakeForm.byLinkId().keySet().stream().noneMatch(id -> id.startsWith("consent")));
    }

    @Test
    void shouldOfferEveryEnumConstantAsAnOptionWhenTheAnswerIsNotLimited() {
        for (Expected e : walk(IntakeRequest.class, "")) {
            if (e.enumType() == null || e.linkId().equals("factors.legLength.longerSide")) {
                continue;
            }
            Question question = IntakeForm.find(e.linkId()).orElseThrow();
            assertEquals(Question.Kind.CHOICE, question.kind(), e.linkId());
            for (Object constant : e.enumType().getEnumConstants()) {
                String code = ((Coded) constant).code();
                assertTrue(question.option(code).isPresent(), () -> e.linkId() + " has no option " + code);
            }
            assertEquals(e.enumType().getEnumConstants().length, question.options().size(), e.linkId());
        }
    }

    @Test
    void shouldOfferOnlyLeftOrRightWhenAskingWhichLegIsLonger() {
        Question longer = IntakeForm.find("factors.legLength.longerSide").orElseThrow();
        assertEquals(List.of("left", "right"), longer.options().stream().map(Question.Option::code).toList());
        assertEquals("Side", longer.optionSet(), "the codes stay those of the side list");
    }

    @Test
    void shouldAskForTheEmailAsAnEmailAddress() {
        assertEquals(Question.Kind.EMAIL, IntakeForm.find("patient.email").orElseThrow().kind());
        assertEquals(Question.Kind.STRING, IntakeForm.find("patient.phone").orElseThrow().kind());
    }

    @Test
    void shouldUseTheWebFormsWordingWhereTheWebFormAsksTheSameQuestion() {
        Properties web = IntakeForm.load("/i18n/messages_en.properties");
        Properties webEs = IntakeForm.load("/i18n/messages_es.properties");
        assertEquals(web.getProperty("q.pain.regions"), IntakeForm.find("pain.regions").orElseThrow().text().en());
        assertEquals(webEs.getProperty("q.pain.regions"), IntakeForm.find("pain.regions").orElseThrow().text().es());
        assertEquals(web.getProperty("q.factors.heightCm") + " (" + web.getProperty("suffix.factors.heightCm") + ")",
                IntakeForm.find("factors.heightCm").orElseThrow().text().en());
        assertEquals(web.getProperty("opt.region.outer_hip"),
                IntakeForm.find("pain.regions").orElseThrow().option("outer_hip").orElseThrow().display().en());
    }

    @Test
    void shouldKeepOwnWordingOnlyForWhatTheWebFormDoesNotWordAndTheSameKeysInBothLanguages() {
        Properties web = IntakeForm.load("/i18n/messages_en.properties");
        Properties english = IntakeForm.load("questions_en.properties");
        Properties spanish = IntakeForm.load("questions_es.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(spanish.stringPropertyNames()));
        Set<String> needed = new HashSet<>();
        for (Question q : IntakeForm.byLinkId().values()) {
            if (!web.containsKey("q." + q.linkId())) {
                needed.add(q.linkId());
            }
            String group = q.optionSet() == null ? null : IntakeForm.WEB_OPTION_GROUPS.get(q.optionSet());
            q.options().stream().filter(o -> group == null || !web.containsKey("opt." + group + "." + o.code()))
                    .forEach(o -> needed.add("option." + q.optionSet() + "." + o.code()));
        }
        Set<String> extra = new TreeSet<>(english.stringPropertyNames());
        extra.removeAll(needed);
        assertTrue(extra.isEmpty(), () -> "worded twice (the web form's text wins) or no longer asked: " + extra);
    }

    @Test
    void shouldTranslateEveryQuestionAndOption() {
        for (Question q : IntakeForm.byLinkId().values()) {
            assertTrue(!q.text().en().equals(q.text().es()) || q.linkId().isEmpty(), () -> q.linkId() + " is not translated");
        }
    }

    @Test
    void shouldTakeRequiredAnswersAndRangesFromBeanValidation() {
        Question intensity = IntakeForm.find("pain.intensity").orElseThrow();
        assertTrue(intensity.required());
        assertEquals(0, intensity.min().intValue());
        assertEquals(10, intensity.max().intValue());
        assertTrue(IntakeForm.find("pain.regions").orElseThrow().required());
        assertTrue(IntakeForm.find("pain.regions").orElseThrow().repeats());
        assertEquals(Question.Kind.TEXT, IntakeForm.find("factors.pastInjuries.other").orElseThrow().kind());
        assertEquals(500, IntakeForm.find("factors.pastInjuries.other").orElseThrow().maxLength());
        assertEquals(Question.Kind.DECIMAL, IntakeForm.find("factors.heightCm").orElseThrow().kind());
        assertEquals(90, IntakeForm.find("factors.heightCm").orElseThrow().min().intValue());
    }

    @Test
    void shouldBranchOnlyOnQuestionsThatExistAndComeFirst() {
        List<String> order = new ArrayList<>(IntakeForm.byLinkId().keySet());
        IntakeForm.BRANCHES.forEach((question, when) -> {
            assertTrue(order.contains(question), question);
            assertTrue(order.indexOf(when.question()) >= 0 && order.indexOf(when.question()) < order.indexOf(question),
                    () -> question + " depends on " + when.question() + ", which must be asked before it");
            Question source = IntakeForm.find(when.question()).orElseThrow();
            if (when.notCode() != null) {
                assertTrue(source.kind() == Question.Kind.CHOICE && source.option(when.notCode()).isPresent(),
                        () -> question + ": " + when.notCode() + " must be an option of " + when.question());
            } else {
                assertTrue(source.kind() == Question.Kind.INTEGER || source.kind() == Question.Kind.DECIMAL, when.question());
            }
        });
    }

    @Test
    void shouldAskAboutPregnancyUnlessTheSexIsMale() {
        Question pregnant = IntakeForm.find("factors.pregnant").orElseThrow();
        assertEquals(Question.Kind.BOOLEAN, pregnant.kind());
        assertFalse(pregnant.required());
        assertEquals(Question.EnableWhen.unless("patient.sex", "male"), pregnant.enableWhen());
        assertEquals("Are you pregnant, or have you given birth in the last 6 months?", pregnant.text().en());
    }
}
