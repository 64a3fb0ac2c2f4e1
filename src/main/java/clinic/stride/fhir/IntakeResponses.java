package clinic.stride.fhir;

import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.patient.PatientDetails;
import clinic.stride.platform.Json;
import clinic.stride.platform.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Collectors;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Intakes as QuestionnaireResponses and back. Both directions walk {@link IntakeForm} over the intake's
 * JSON tree: an item's link id is its answer's JSON path, so the mapping has no per-question code and a
 * new intake field travels by itself.
 *
 * <p>The patient is a contained Patient resource ({@code subject: #patient}): the response stands alone,
 * validates without a server to resolve references, and a receiving EHR can match the patient by the
 * clinic-id identifier. The same details are also answers of the {@code patient} group, which is what a
 * form tool such as LHC-Forms fills in.
 */
public final class IntakeResponses {

    static final String PATIENT_ID = "patient";

    private IntakeResponses() {
    }

    // ---------------------------------------------------------------------------------------- intake -> FHIR

    /**
     * The intake as a completed QuestionnaireResponse. Answers to questions the form would not have asked
     * (their {@code enableWhen} does not hold, such as speed work for a non-runner) are left out: FHIR does not
     * allow them in a response, and they carry no information.
     */
    public static QuestionnaireResponse toResponse(UUID intakeId, int version, Instant authored, PatientDetails patient,
                                                   IntakeAnswers answers) {
        IntakeRequest whole = new IntakeRequest(patient, answers.visitDate(), answers.language(), answers.pain(),
                answers.factors(), answers.redFlags(), answers.lefs(), null);
        JsonNode tree = Json.mapper().valueToTree(whole);

        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(intakeId.toString());
        response.getMeta().setVersionId(String.valueOf(version));
        response.setIdentifier(new Identifier().setSystem(Fhir.INTAKE_ID_SYSTEM).setValue(intakeId.toString()));
        response.setQuestionnaire(Fhir.questionnaireCanonical());
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        response.setAuthoredElement(new DateTimeType(Date.from(authored), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone("UTC")));
        response.setText(Fhir.narrative("Stride intake " + intakeId + ", version " + version + ", visit on "
                + answers.visitDate() + "."));
        Patient subject = patient(patient);
        response.addContained(subject);
        response.setSubject(new Reference("#" + PATIENT_ID));
        response.setItem(items(IntakeForm.questions(), tree, tree));
        return response;
    }

    static Patient patient(PatientDetails details) {
        Patient patient = new Patient();
        patient.setId(PATIENT_ID);
        patient.setText(Fhir.narrative(details.givenName() + " " + details.familyName() + ", clinic number "
                + details.clinicId() + ", born " + details.birthDate() + "."));
        patient.addIdentifier().setSystem(Fhir.CLINIC_ID_SYSTEM).setValue(details.clinicId());
        patient.addName(new HumanName().setFamily(details.familyName()).addGiven(details.givenName()));
        patient.setBirthDate(java.sql.Date.valueOf(details.birthDate()));
        patient.setGender(AdministrativeGender.fromCode(details.sex().code()));
        if (details.phone() != null && !details.phone().isBlank()) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(details.phone());
        }
        if (details.email() != null && !details.email().isBlank()) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(details.email());
        }
        return patient;
    }

    private static List<QuestionnaireResponseItemComponent> items(List<Question> questions, JsonNode group, JsonNode root) {
        List<QuestionnaireResponseItemComponent> items = new ArrayList<>();
        for (Question question : questions) {
            JsonNode node = group.get(question.fieldName());
            if (node == null || node.isNull() || !isEnabled(question, root)) {
                continue;
            }
            QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent();
            item.setLinkId(question.linkId());
            item.setText(question.text().en());
            if (question.isGroup()) {
                item.setItem(items(question.items(), node, root));
                if (item.hasItem()) {
                    items.add(item);
                }
                continue;
            }
            for (JsonNode value : node.isArray() ? node : List.of(node)) {
                item.addAnswer().setValue(answer(question, value));
            }
            if (item.hasAnswer()) {
                items.add(item);
            }
        }
        return items;
    }

    /** Whether the form asks this question given the other answers. */
    static boolean isEnabled(Question question, JsonNode root) {
        Question.EnableWhen when = question.enableWhen();
        if (when == null) {
            return true;
        }
        JsonNode source = root.at("/" + when.question().replace('.', '/'));
        if (when.notCode() != null) {
            return !when.notCode().equals(source.textValue());
        }
        return source.isNumber() && source.decimalValue().compareTo(when.greaterThan()) > 0;
    }

    private static Type answer(Question question, JsonNode value) {
        return switch (question.kind()) {
            case BOOLEAN -> new BooleanType(value.booleanValue());
            case INTEGER -> new IntegerType(value.intValue());
            case DECIMAL -> new DecimalType(value.decimalValue());
            case STRING, TEXT, EMAIL -> new StringType(value.textValue());
            case DATE -> new DateType(value.textValue());
            case CHOICE -> {
                Question.Option option = question.option(value.textValue()).orElseThrow();
                yield new Coding(Fhir.codeSystemOf(question.optionSet()), option.code(), option.display().en());
            }
            case GROUP -> throw new IllegalArgumentException("a group has no answer");
        };
    }

    // ---------------------------------------------------------------------------------------- FHIR -> intake

    /**
     * The intake request a QuestionnaireResponse describes. Structural problems (an item Stride does not
     * ask, an answer of the wrong type, a code that is not an option) are reported here with the item's
     * link id as the field; missing answers and ranges are left to the intake's own Bean Validation, whose
     * field paths are the same link ids.
     *
     * @throws UnreadableResponse with one error per item at fault (as {@link ResponseParser#parse} throws)
     * @throws JsonProcessingException when the answers do not fit the intake records (reported per field by
     *                                 the API's Jackson error mapper)
     */
    public static IntakeRequest toRequest(QuestionnaireResponse response) throws JsonProcessingException {
        List<Problem.FieldError> errors = new ArrayList<>();
        // The canonical is url|version; the part before '|' is compared (split() would give no part at all
        // for a lone "|", which ended as a 500).
        if (response.hasQuestionnaire() && !Fhir.QUESTIONNAIRE_URL.equals(canonicalUrl(response.getQuestionnaire()))) {
            errors.add(new Problem.FieldError("questionnaire", "must be " + Fhir.QUESTIONNAIRE_URL));
        }
        if (response.getStatus() != QuestionnaireResponseStatus.COMPLETED
                && response.getStatus() != QuestionnaireResponseStatus.AMENDED) {
            errors.add(new Problem.FieldError("status", "only a completed response becomes an intake"));
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        // FHIR cannot send an empty group: a group with no answers is an empty section, as "factors": {} is.
        for (Question question : IntakeForm.questions()) {
            if (question.isGroup()) {
                root.putObject(question.fieldName());
            }
        }
        Set<String> seen = new HashSet<>();
        read(response.getItem(), root, seen, errors);
        if (!seen.stream().anyMatch(linkId -> linkId.startsWith("patient."))) {
            subjectPatient(response).ifPresent(patient -> fillPatient(patient, (ObjectNode) root.get("patient")));
        }
        if (!errors.isEmpty()) {
            throw new UnreadableResponse(errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList());
        }
        return Json.mapper().treeToValue(root, IntakeRequest.class);
    }

    private static void read(List<QuestionnaireResponseItemComponent> items, ObjectNode root, Set<String> seen,
                             List<Problem.FieldError> errors) {
        for (QuestionnaireResponseItemComponent item : items) {
            String linkId = item.getLinkId();
            Question question = linkId == null ? null : IntakeForm.find(linkId).orElse(null);
            if (question == null) {
                // A blank link id cannot stand as the field of an error: name the element instead.
                errors.add(new Problem.FieldError(linkId == null || linkId.isBlank() ? "item.linkId" : linkId,
                        "is not a question of the Stride intake"));
                continue;
            }
            if (question.isGroup()) {
                if (item.hasAnswer()) {
                    errors.add(new Problem.FieldError(linkId, "is a group: answer the questions inside it"));
                }
                read(item.getItem(), root, seen, errors);
                continue;
            }
            if (!seen.add(linkId)) {
                errors.add(new Problem.FieldError(linkId, "is answered twice"));
                continue;
            }
            if (!question.repeats() && item.getAnswer().size() > 1) {
                errors.add(new Problem.FieldError(linkId, "takes one answer"));
                continue;
            }
            ArrayNode values = JsonNodeFactory.instance.arrayNode();
            for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
                String problem = value(question, answer.getValue(), values);
                if (problem != null) {
                    errors.add(new Problem.FieldError(linkId, problem));
                }
                // Items nested under an answer are still Stride's own questions, found by link id.
                read(answer.getItem(), root, seen, errors);
            }
            read(item.getItem(), root, seen, errors);
            if (!values.isEmpty()) {
                ObjectNode parent = parentOf(root, linkId);
                parent.set(question.fieldName(), question.repeats() ? values : values.get(0));
            }
        }
    }

    /** Adds the answer's value to {@code values}, or says what is wrong with it. */
    private static String value(Question question, Type value, ArrayNode values) {
        if (value == null || value.isEmpty()) {
            return "has an answer without a value";
        }
        switch (question.kind()) {
            case BOOLEAN -> {
                if (value instanceof BooleanType b) {
                    values.add(b.booleanValue());
                    return null;
                }
            }
            case INTEGER -> {
                if (value instanceof IntegerType i) {
                    values.add(i.getValue());
                    return null;
                }
            }
            case DECIMAL -> {
                if (value instanceof DecimalType d) {
                    values.add(d.getValue().doubleValue());
                    return null;
                }
            }
            case STRING, TEXT, EMAIL -> {
                if (value instanceof StringType s) {
                    values.add(s.getValue());
                    return null;
                }
            }
            case DATE -> {
                if (value instanceof DateType d) {
                    if (d.getPrecision() != TemporalPrecisionEnum.DAY) {
                        return "must be a full date like 2026-01-31";
                    }
                    values.add(d.getValueAsString());
                    return null;
                }
            }
            case CHOICE -> {
                if (value instanceof Coding coding) {
                    String system = Fhir.codeSystemOf(question.optionSet());
                    if ((coding.hasSystem() && !system.equals(coding.getSystem()))
                            || question.option(coding.getCode()).isEmpty()) {
                        return "must be one of: " + question.options().stream().map(Question.Option::code)
                                .collect(Collectors.joining(", ")) + " (system " + system + ")";
                    }
                    values.add(coding.getCode());
                    return null;
                }
            }
            case GROUP -> throw new IllegalArgumentException("groups have no values");
        }
        return "must be answered with " + expected(question.kind()) + ", not value" + value.fhirType().substring(0, 1)
                .toUpperCase(java.util.Locale.ROOT) + value.fhirType().substring(1);
    }

    private static String expected(Question.Kind kind) {
        return switch (kind) {
            case BOOLEAN -> "valueBoolean (true or false)";
            case INTEGER -> "valueInteger (a whole number)";
            case DECIMAL -> "valueDecimal (a number)";
            case STRING, TEXT -> "valueString (text)";
            case EMAIL -> "valueString (an email address)";
            case DATE -> "valueDate (a date like 2026-01-31)";
            case CHOICE -> "valueCoding (one of the answer options)";
            case GROUP -> "nested items";
        };
    }

    /** {@code https://...|1.1.0} → {@code https://...}; a canonical without a version is its own URL. */
    static String canonicalUrl(String canonical) {
        int bar = canonical.indexOf('|');
        return bar < 0 ? canonical : canonical.substring(0, bar);
    }

    private static ObjectNode parentOf(ObjectNode root, String linkId) {
        ObjectNode node = root;
        String[] parts = linkId.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        return node;
    }

    private static java.util.Optional<Patient> subjectPatient(QuestionnaireResponse response) {
        String reference = response.getSubject().getReference();
        if (reference == null || !reference.startsWith("#")) {
            return java.util.Optional.empty();
        }
        for (Resource contained : response.getContained()) {
            if (contained instanceof Patient patient && reference.substring(1).equals(patient.getIdPart())) {
                return java.util.Optional.of(patient);
            }
        }
        return java.util.Optional.empty();
    }

    /** A response without the patient questions: take who the patient is from its contained subject. */
    private static void fillPatient(Patient patient, ObjectNode target) {
        patient.getIdentifier().stream().filter(id -> Fhir.CLINIC_ID_SYSTEM.equals(id.getSystem())).findFirst()
                .ifPresent(id -> target.put("clinicId", id.getValue()));
        if (patient.hasName()) {
            HumanName name = patient.getNameFirstRep();
            if (name.hasGiven()) {
                target.put("givenName", name.getGivenAsSingleString());
            }
            if (name.hasFamily()) {
                target.put("familyName", name.getFamily());
            }
        }
        if (patient.hasBirthDateElement() && patient.getBirthDateElement().getPrecision() == TemporalPrecisionEnum.DAY) {
            target.put("birthDate", patient.getBirthDateElement().getValueAsString());
        }
        if (patient.hasGender()) {
            target.put("sex", patient.getGender().toCode());
        }
        for (ContactPoint telecom : patient.getTelecom()) {
            if (telecom.getSystem() == ContactPoint.ContactPointSystem.PHONE) {
                target.put("phone", telecom.getValue());
            } else if (telecom.getSystem() == ContactPoint.ContactPointSystem.EMAIL) {
                target.put("email", telecom.getValue());
            }
        }
    }
}
