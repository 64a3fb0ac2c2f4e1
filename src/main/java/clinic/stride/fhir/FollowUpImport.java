package clinic.stride.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import clinic.stride.followup.FollowUpRequest;
import clinic.stride.followup.FollowUps;
import clinic.stride.intake.RedFlagAnswers;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.outcomes.GlobalChange;
import clinic.stride.outcomes.Lefs;
import clinic.stride.outcomes.LefsItem;
import clinic.stride.platform.Json;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Language;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;

/**
 * A QuestionnaireResponse to {@link FollowUpQuestionnaire} read as the follow-up answers it gives, the way
 * {@link IntakeResponses#toRequest} reads an intake: every structural problem (an item the questionnaire does not
 * ask, a wrong answer type, a code that is not an option, an answer given twice) named by the item's link id, in
 * one answer; ranges and missing answers are left to {@link FollowUpRequest}'s Bean Validation, whose field names
 * are the same link ids. Items may be nested in their groups or flat.
 */
public final class FollowUpImport {

    /** What a response says: whose answers, in which language (null: the visit's), and the answers. */
    public record Answers(String clinicId, Language language, FollowUpRequest request) {
    }

    private static final Map<String, Question> RED_FLAGS = IntakeForm.standard().lookup("redFlags").orElseThrow().items()
            .stream().collect(Collectors.toMap(Question::linkId, Function.identity()));

    private FollowUpImport() {
    }

    /** Whether a response names the follow-up questionnaire (any version) rather than the intake. */
    public static boolean isFollowUp(QuestionnaireResponse response) {
        return response.hasQuestionnaire()
                && FollowUpQuestionnaire.URL.equals(IntakeResponses.canonicalUrl(response.getQuestionnaire()));
    }

    /** @throws UnreadableResponse with one error per item or element at fault */
    public static Answers read(QuestionnaireResponse response) throws JsonProcessingException {
        List<Problem.FieldError> errors = new ArrayList<>();
        String canonical = response.getQuestionnaire();
        int bar = canonical.indexOf('|');
        if (bar >= 0 && !canonical.substring(bar + 1).equals(FollowUps.QUESTIONNAIRE_VERSION)) {
            errors.add(new Problem.FieldError("questionnaire", "answers version " + canonical.substring(bar + 1)
                    + " of the follow-up questionnaire; Stride takes version " + FollowUps.QUESTIONNAIRE_VERSION
                    + " only (" + FollowUpQuestionnaire.canonical() + ")"));
        }
        if (response.getStatus() != QuestionnaireResponseStatus.COMPLETED
                && response.getStatus() != QuestionnaireResponseStatus.AMENDED) {
            errors.add(new Problem.FieldError("status", "only a completed response becomes a follow-up"));
        }
        String clinicId = subject(response, errors);
        Language language = language(response, errors);
        LocalDate answeredOn = answeredOn(response, errors);

        Reading reading = new Reading(errors);
        reading.read(response.getItem());
        if (!errors.isEmpty()) {
            throw new UnreadableResponse(errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList());
        }
        RedFlagAnswers redFlags = Json.mapper().treeToValue(reading.redFlags, RedFlagAnswers.class);
        return new Answers(clinicId, language, new FollowUpRequest(answeredOn, reading.pain, Arrays.asList(reading.lefs),
                reading.change, redFlags));
    }

    /** {@code Patient/{id}} as served at /api/fhir/Patient, or the clinic-id identifier. */
    private static String subject(QuestionnaireResponse response, List<Problem.FieldError> errors) {
        var subject = response.getSubject();
        String reference = subject.getReference();
        if (reference != null && reference.contains("Patient/")) {
            String id = reference.substring(reference.lastIndexOf("Patient/") + "Patient/".length());
            String clinicId = id.isBlank() || id.contains("/") ? null : PatientIds.clinicIdOf(id);
            if (clinicId != null) {
                return clinicId;
            }
        }
        if (reference == null && subject.hasIdentifier() && Fhir.CLINIC_ID_SYSTEM.equals(subject.getIdentifier().getSystem())
                && subject.getIdentifier().hasValue()) {
            return subject.getIdentifier().getValue();
        }
        errors.add(new Problem.FieldError("subject", "must be Patient/{clinic id}, or an identifier in "
                + Fhir.CLINIC_ID_SYSTEM + ": a follow-up is about a registered patient"));
        return null;
    }

    private static Language language(QuestionnaireResponse response, List<Problem.FieldError> errors) {
        if (!response.hasLanguage()) {
            return null;
        }
        String code = response.getLanguage().toLowerCase(java.util.Locale.ROOT);
        for (Language language : Language.values()) {
            if (code.equals(language.code()) || code.startsWith(language.code() + "-")) {
                return language;
            }
        }
        errors.add(new Problem.FieldError("language", "must be en or es"));
        return null;
    }

    /** The day the patient gave the answers, as written in {@code authored} (the patient's own calendar day). */
    private static LocalDate answeredOn(QuestionnaireResponse response, List<Problem.FieldError> errors) {
        if (!response.hasAuthored()) {
            return null;
        }
        if (response.getAuthoredElement().getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            errors.add(new Problem.FieldError("authored", "must name a day, like 2026-12-04 or 2026-12-04T09:30:00+01:00"));
            return null;
        }
        return LocalDate.parse(response.getAuthoredElement().getValueAsString().substring(0, 10));
    }

    /** One pass over the items, collecting the answers and what is wrong with them. */
    private static final class Reading {
        final List<Problem.FieldError> errors;
        final Set<String> seen = new HashSet<>();
        final Integer[] lefs = new Integer[LefsItem.values().length];
        final ObjectNode redFlags = JsonNodeFactory.instance.objectNode();
        Integer pain;
        Integer change;

        Reading(List<Problem.FieldError> errors) {
            this.errors = errors;
        }

        void read(List<QuestionnaireResponseItemComponent> items) {
            for (QuestionnaireResponseItemComponent item : items) {
                String linkId = item.getLinkId() == null || item.getLinkId().isBlank() ? "item.linkId" : item.getLinkId();
                if (linkId.equals("lefs") || linkId.equals("redFlags")) {
                    if (item.hasAnswer()) {
                        errors.add(new Problem.FieldError(linkId, "is a group: answer the questions inside it"));
                    }
                    read(item.getItem());
                    continue;
                }
                if (!isQuestion(linkId)) {
                    errors.add(new Problem.FieldError(linkId, "is not a question of the Stride follow-up questionnaire"));
                    continue;
                }
                if (!seen.add(linkId)) {
                    errors.add(new Problem.FieldError(linkId, "is answered twice"));
                    continue;
                }
                if (item.getAnswer().size() > 1) {
                    errors.add(new Problem.FieldError(linkId, "takes one answer"));
                    continue;
                }
                if (!item.hasAnswer()) {
                    continue;
                }
                String problem = answer(linkId, item.getAnswerFirstRep().getValue());
                if (problem != null) {
                    errors.add(new Problem.FieldError(linkId, problem));
                }
            }
        }

        private static boolean isQuestion(String linkId) {
            return linkId.equals("painIntensity") || linkId.equals("globalChange") || lefsNumber(linkId) > 0
                    || RED_FLAGS.containsKey(linkId);
        }

        /** The answer's value stored, or what is wrong with it. */
        private String answer(String linkId, Type value) {
            if (value == null || value.isEmpty()) {
                return "has an answer without a value";
            }
            if (linkId.equals("painIntensity")) {
                if (value instanceof IntegerType i) {
                    pain = i.getValue();
                    return null;
                }
                return "must be answered with valueInteger (a whole number from 0 to 10)";
            }
            if (RED_FLAGS.containsKey(linkId)) {
                if (value instanceof BooleanType b) {
                    redFlags.put(RED_FLAGS.get(linkId).fieldName(), b.booleanValue());
                    return null;
                }
                return "must be answered with valueBoolean (true or false)";
            }
            boolean isLefs = lefsNumber(linkId) > 0;
            String system = isLefs ? FollowUpQuestionnaire.LEFS_ANSWERS : FollowUpQuestionnaire.GLOBAL_CHANGE;
            int min = isLefs ? Lefs.ITEM_MIN : GlobalChange.values()[0].value();
            int max = isLefs ? Lefs.ITEM_MAX : GlobalChange.values()[GlobalChange.values().length - 1].value();
            Integer code = value instanceof Coding coding && (!coding.hasSystem() || system.equals(coding.getSystem()))
                    ? code(coding.getCode(), min, max) : null;
            if (code == null) {
                return "must be answered with valueCoding, a code from " + min + " to " + max + " (system " + system + ")";
            }
            if (isLefs) {
                lefs[lefsNumber(linkId) - 1] = code;
            } else {
                change = code;
            }
            return null;
        }

        private static Integer code(String code, int min, int max) {
            if (code == null || !code.matches("-?\\d{1,2}")) {
                return null;
            }
            int n = Integer.parseInt(code);
            return n >= min && n <= max ? n : null;
        }

        /** 1 to 20 for {@code lefs.1} … {@code lefs.20}, else 0. */
        private static int lefsNumber(String linkId) {
            if (!linkId.matches("lefs\\.\\d{1,2}")) {
                return 0;
            }
            int n = Integer.parseInt(linkId.substring("lefs.".length()));
            return n >= 1 && n <= LefsItem.values().length ? n : 0;
        }
    }
}
