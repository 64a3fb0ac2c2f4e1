package clinic.stride.fhir;

import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * {@code GET /api/fhir/QuestionnaireResponse?subject=Patient/{clinic id}&authored=ge2026-01-01&questionnaire=...}:
 * one patient's intakes (versions in force) and follow-ups as a searchset Bundle, newest first, {@code _count} per page with
 * next/previous links ({@code _offset}). A search needs a patient: Stride answers clinicians about a patient,
 * and an open search over every intake would be a bulk export, which is {@code /api/exports} with its own
 * de-identification. The query arrives as a plain map of parameters, and the REST edge makes the pages'
 * addresses ({@link PageAddress}), so the search itself runs without JAX-RS.
 */
final class ResponseSearch {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    private static final Set<String> PARAMETERS = Set.of("subject", "patient", "patient.identifier",
            "subject.identifier", "authored", "questionnaire", "_count", "_offset", "_format");

    private ResponseSearch() {
    }

    /** The address of one page of the results (the bundle's self, next and previous links). */
    @FunctionalInterface
    interface PageAddress {
        String of(int count, int offset);
    }

    /** The clinic id a search is about, from whichever patient parameter was given. */
    static String clinicIdOf(Map<String, List<String>> query) {
        return clinicIdOf(query, PARAMETERS, "subject, patient, patient.identifier, authored, questionnaire, _count, _offset");
    }

    /**
     * The clinic id a search of any resource type is about: {@code subject} or {@code patient} (a reference) and
     * {@code patient.identifier} or {@code subject.identifier} (a token), as far as {@code supported} holds them.
     * Every other parameter, and a malformed or missing patient, is refused by name.
     */
    static String clinicIdOf(Map<String, List<String>> query, Set<String> supported, String listed) {
        List<Problem.FieldError> errors = new ArrayList<>();
        query.keySet().stream().filter(name -> !supported.contains(name)).sorted()
                .forEach(name -> errors.add(new Problem.FieldError(name, "is not a search parameter Stride supports "
                        + "(" + listed + ")")));
        List<String> references = Stream.of("subject", "patient").filter(supported::contains).toList();
        List<String> tokens = Stream.of("patient.identifier", "subject.identifier").filter(supported::contains).toList();
        String clinicId = null;
        for (String name : references) {
            String value = first(query, name);
            if (value != null) {
                clinicId = referencedPatient(value);
                if (clinicId == null) {
                    errors.add(new Problem.FieldError(name, "must be Patient/{clinic id}"));
                }
            }
        }
        for (String name : tokens) {
            String value = first(query, name);
            if (value != null) {
                clinicId = FhirPatients.clinicIdOf(value);
                if (clinicId == null) {
                    errors.add(new Problem.FieldError(name, "must be " + Fhir.CLINIC_ID_SYSTEM + "|{clinic id}"));
                }
            }
        }
        if (clinicId == null && errors.isEmpty()) {
            List<String> named = new ArrayList<>(references);
            named.add(tokens.getFirst());
            errors.add(new Problem.FieldError(references.getFirst(), "a search needs a patient: "
                    + String.join(", ", named.subList(0, named.size() - 1)) + " or " + named.getLast()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return clinicId;
    }

    /** {@code Patient/C-1001}, a full URL ending so, or the bare id. */
    private static String referencedPatient(String reference) {
        String id = reference;
        int slash = reference.lastIndexOf("Patient/");
        if (slash >= 0) {
            id = reference.substring(slash + "Patient/".length());
        } else if (reference.contains("/")) {
            return null;
        }
        return id.isBlank() ? null : PatientIds.clinicIdOf(id);
    }

    /**
     * A page of the patient's responses that match the query, newest first.
     *
     * @param responses the patient's responses (intakes and follow-ups), loaded once the query is known to be valid
     */
    static Bundle search(Supplier<List<QuestionnaireResponse>> responses, Map<String, List<String>> query, URI fhirBase,
                         PageAddress pages) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Range> authored = new ArrayList<>();
        for (String value : Optional.ofNullable(query.get("authored")).orElse(List.of())) {
            Range.parse(value).ifPresentOrElse(authored::add,
                    () -> errors.add(new Problem.FieldError("authored", "must be a date or date-time with an optional "
                            + "prefix eq, ge, gt, le or lt, like ge2026-01-31")));
        }
        List<String> questionnaires = Optional.ofNullable(query.get("questionnaire")).orElse(List.of());
        int count = number(first(query, "_count"), DEFAULT_COUNT, 1, MAX_COUNT, "_count", errors);
        int offset = number(first(query, "_offset"), 0, 0, Integer.MAX_VALUE, "_offset", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }

        List<QuestionnaireResponse> matches = new ArrayList<>();
        for (QuestionnaireResponse response : responses.get()) {
            Instant when = response.getAuthored().toInstant();
            if (authored.stream().allMatch(range -> range.matches(when))
                    && questionnaires.stream().allMatch(value -> answers(response, value))) {
                matches.add(response);
            }
        }
        matches.sort(Comparator.comparing(QuestionnaireResponse::getAuthored).reversed());

        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(new Date());
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(matches.size());
        bundle.addLink().setRelation("self").setUrl(pages.of(count, offset));
        if (offset + count < matches.size()) {
            bundle.addLink().setRelation("next").setUrl(pages.of(count, offset + count));
        }
        if (offset > 0) {
            bundle.addLink().setRelation("previous").setUrl(pages.of(count, Math.max(0, offset - count)));
        }
        for (QuestionnaireResponse response : matches.stream().skip(offset).limit(count).toList()) {
            bundle.addEntry().setFullUrl(fhirBase + "/QuestionnaireResponse/" + response.getIdPart())
                    .setResource(response).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /**
     * Whether a response answers a questionnaire the search names: its canonical URL with or without the version, or
     * several of them separated by commas (FHIR's "or"; a repeated parameter is "and").
     */
    static boolean answers(QuestionnaireResponse response, String value) {
        String canonical = response.getQuestionnaire();
        return java.util.Arrays.stream(value.split(",")).anyMatch(wanted -> wanted.equals(canonical)
                || wanted.equals(IntakeResponses.canonicalUrl(canonical)));
    }

    /** The first value of a parameter, or null (as JAX-RS's MultivaluedMap.getFirst). */
    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static int number(String text, int fallback, int min, int max, String name, List<Problem.FieldError> errors) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? "" : " to " + max)));
        return fallback;
    }

    /** A FHIR date search value as the instants it covers: a day is [midnight, next midnight) in UTC. */
    record Range(String prefix, Instant from, Instant until) {

        static Optional<Range> parse(String value) {
            String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
            String date = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(2) : value;
            if (!Set.of("eq", "ge", "gt", "le", "lt").contains(prefix)) {
                return Optional.empty();
            }
            try {
                if (date.length() == 10) {
                    Instant start = LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
                    return Optional.of(new Range(prefix, start, start.plusSeconds(86_400)));
                }
                Instant at = OffsetDateTime.parse(date).toInstant();
                return Optional.of(new Range(prefix, at, at.plusMillis(1)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        boolean matches(Instant when) {
            return switch (prefix) {
                case "ge" -> !when.isBefore(from);
                case "gt" -> !when.isBefore(until);
                case "le" -> when.isBefore(until);
                case "lt" -> when.isBefore(from);
                default -> !when.isBefore(from) && when.isBefore(until);
            };
        }
    }
}
