package clinic.stride.fhir;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * The intake form ({@link IntakeForm}) as a FHIR R4 Questionnaire. Link ids are the answers' JSON paths;
 * answer options are Codings in one Stride code system per enum; Spanish text travels in the core
 * {@code translation} extension, ranges in {@code minValue}/{@code maxValue}, branching in {@code enableWhen}.
 */
public final class IntakeQuestionnaire {

    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    /** Core extension: the whole answer must match this Java-style regular expression (R4 extension-regex). */
    static final String REGEX = "http://hl7.org/fhir/StructureDefinition/regex";
    /** Core extension: what a form tool shows in an empty field (R4 extension-entryformat). */
    static final String ENTRY_FORMAT = "http://hl7.org/fhir/StructureDefinition/entryFormat";
    /**
     * An email address for the FHIR validator: something, an @, and a domain without spaces. Looser than the
     * intake's own check (Bean Validation's {@code @Email}), so every address Stride stores passes it.
     */
    static final String EMAIL_PATTERN = ".+@[^@\\s]+";

    /** The date of {@link Fhir#QUESTIONNAIRE_VERSION}. */
    static final String VERSION_DATE = "2026-12-05";

    private IntakeQuestionnaire() {
    }

    public static Questionnaire build() {
        return build(IntakeForm.standard());
    }

    /** The Questionnaire of a catalogue of questions (the standard one, or one with a question being designed). */
    public static Questionnaire build(IntakeForm form) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId("stride-intake");
        questionnaire.setLanguage("en");
        questionnaire.setUrl(Fhir.QUESTIONNAIRE_URL);
        questionnaire.setVersion(Fhir.QUESTIONNAIRE_VERSION);
        questionnaire.setName("StrideIntake");
        questionnaire.setTitle("Hip and lower-back pain when walking or running: intake");
        translate(questionnaire.getTitleElement(), "Dolor de cadera y de la zona lumbar al caminar o correr: cuestionario inicial");
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.setDateElement(new DateTimeType(VERSION_DATE));
        questionnaire.setPublisher("Stride");
        questionnaire.setDescription("What a patient whose hips or lower back hurt when walking or running tells the clinic "
                + "before a visit. Generated from Stride's intake model; every answer code is the one Stride's JSON API uses.");
        questionnaire.addSubjectType("Patient");
        questionnaire.setText(Fhir.narrative(questionnaire.getTitle(), "Stride intake form, version " + Fhir.QUESTIONNAIRE_VERSION
                + ", " + form.all().values().stream().filter(q -> !q.isGroup()).count() + " questions."));
        for (Question question : form.items()) {
            questionnaire.addItem(item(form, question));
        }
        return questionnaire;
    }

    static QuestionnaireItemComponent item(IntakeForm form, Question question) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent();
        item.setLinkId(question.linkId());
        item.setText(question.text().en());
        translate(item.getTextElement(), question.text().es());
        item.setType(typeOf(question.kind()));
        // Only questions are required, never groups: a required group has no answer of its own, and form tools
        // (LHC-Forms) then call a complete form incomplete. A group present with a required question left out
        // still fails validation (required children of a present group), and Stride refuses a missing one.
        if (!question.isGroup() && question.required()) {
            item.setRequired(true);
        }
        if (question.repeats()) {
            item.setRepeats(true);
        }
        if (question.maxLength() != null) {
            item.setMaxLength(question.maxLength());
        }
        if (question.kind() == Question.Kind.EMAIL) {
            item.addExtension(REGEX, new StringType(EMAIL_PATTERN));
            item.addExtension(ENTRY_FORMAT, new StringType("name@example.com"));
        }
        if (question.min() != null) {
            item.addExtension(MIN_VALUE, number(question.kind(), question.min()));
        }
        if (question.max() != null) {
            item.addExtension(MAX_VALUE, number(question.kind(), question.max()));
        }
        for (Question.Option option : question.options()) {
            Coding coding = new Coding(Fhir.codeSystemOf(question.optionSet()), option.code(), option.display().en());
            translate(coding.getDisplayElement(), option.display().es());
            item.addAnswerOption().setValue(coding);
        }
        if (question.enableWhen() != null) {
            Question.EnableWhen when = question.enableWhen();
            Question source = form.lookup(when.question()).orElseThrow();
            QuestionnaireItemEnableWhenComponent condition = item.addEnableWhen();
            condition.setQuestion(when.question());
            if (when.notCode() != null) {
                Question.Option option = source.option(when.notCode()).orElseThrow();
                condition.setOperator(QuestionnaireItemOperator.NOT_EQUAL);
                condition.setAnswer(new Coding(Fhir.codeSystemOf(source.optionSet()), option.code(), option.display().en()));
            } else {
                condition.setOperator(QuestionnaireItemOperator.GREATER_THAN);
                condition.setAnswer(number(source.kind(), when.greaterThan()));
            }
        }
        for (Question child : question.items()) {
            item.addItem(item(form, child));
        }
        return item;
    }

    static QuestionnaireItemType typeOf(Question.Kind kind) {
        return switch (kind) {
            case GROUP -> QuestionnaireItemType.GROUP;
            case CHOICE -> QuestionnaireItemType.CHOICE;
            case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
            case INTEGER -> QuestionnaireItemType.INTEGER;
            case DECIMAL -> QuestionnaireItemType.DECIMAL;
            case STRING, EMAIL -> QuestionnaireItemType.STRING;
            case TEXT -> QuestionnaireItemType.TEXT;
            case DATE -> QuestionnaireItemType.DATE;
        };
    }

    private static Type number(Question.Kind kind, BigDecimal value) {
        return kind == Question.Kind.INTEGER ? new IntegerType(value.intValueExact()) : new DecimalType(value);
    }

    /** The core translation extension: {@code {"lang": "es", "content": "..."}} on a text element. */
    static void translate(PrimitiveType<?> element, String spanish) {
        Extension translation = element.addExtension().setUrl(TRANSLATION);
        translation.addExtension("lang", new CodeType("es"));
        translation.addExtension("content", new StringType(spanish));
    }
}
