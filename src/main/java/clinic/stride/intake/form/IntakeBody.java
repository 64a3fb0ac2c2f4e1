package clinic.stride.intake.form;

import static clinic.stride.intake.form.Fields.*;

import clinic.stride.intake.DurationUnit;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.intake.questions.Widget;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A draft as the intake body of the API (JSON, README), and back. The plain questions of the catalogue
 * ({@link Widget#isPlain}) are read and written by walking it: the form field of a plain question is its JSON
 * path, its kind says how the text typed becomes JSON. The widgets the catalogue names are read and written here
 * by hand.
 */
final class IntakeBody {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private IntakeBody() {
    }

    /**
     * The body these answers make, without the visit date and language the page adds. Every group of the
     * catalogue is there (empty when unanswered), so a missing answer is reported for its field; a plain
     * question that does not apply (pregnancy for a male patient) is left out.
     */
    static ObjectNode of(DraftAnswers answers, IntakeForm form, TypedNumbers numbers) {
        ObjectNode body = NODES.objectNode();
        for (Question q : form.all().values()) {
            if (q.isGroup()) {
                objectAt(body, q.linkId());
            } else if (Widget.isPlain(q) && applies(answers, q)) {
                JsonNode value = plain(answers, q, numbers);
                if (value != null) {
                    objectAt(body, parent(q.linkId())).set(q.fieldName(), value);
                }
            }
        }
        widgets(answers, body, numbers);
        return body;
    }

    /** The stored answer of each plain question of the catalogue as the text of its form field. */
    static void fill(DraftAnswers answers, IntakeForm form, JsonNode stored) {
        for (Question q : form.all().values()) {
            if (!Widget.isPlain(q)) {
                continue;
            }
            JsonNode value = stored.at("/" + q.linkId().replace('.', '/'));
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                List<String> codes = new java.util.ArrayList<>();
                value.forEach(code -> codes.add(code.asText()));
                answers.putAll(q.linkId(), codes);
            } else if (value.isBoolean()) {
                answers.put(q.linkId(), value.booleanValue() ? "yes" : "no");
            } else if (value.isNumber()) {
                answers.put(q.linkId(), value.decimalValue().stripTrailingZeros().toPlainString());
            } else {
                answers.put(q.linkId(), value.asText());
            }
        }
    }

    /** Branching by the answer to another question: the pregnancy question unless the sex given is male. */
    private static boolean applies(DraftAnswers answers, Question q) {
        Question.EnableWhen when = q.enableWhen();
        return when == null || when.notCode() == null || !when.notCode().equals(answers.value(when.question()));
    }

    /** The text typed as JSON of the question's kind; null for no answer, an answer code not offered, or not a number. */
    private static JsonNode plain(DraftAnswers answers, Question q, TypedNumbers numbers) {
        String field = q.linkId();
        return switch (q.kind()) {
            case BOOLEAN -> {
                Boolean yes = answers.yesNo(field);
                yield yes == null ? null : NODES.booleanNode(yes);
            }
            case CHOICE -> {
                if (q.repeats()) {
                    ArrayNode codes = NODES.arrayNode();
                    answers.list(field).stream().filter(code -> q.option(code).isPresent()).forEach(codes::add);
                    yield codes;
                }
                String code = answers.value(field);
                yield code != null && q.option(code).isPresent() ? NODES.textNode(code) : null;
            }
            case INTEGER -> {
                Integer n = numbers.whole(field);
                yield n == null ? null : NODES.numberNode(n);
            }
            case DECIMAL -> {
                Double d = numbers.number(field);
                yield d == null ? null : NODES.numberNode(d);
            }
            case STRING, TEXT, EMAIL -> {
                String text = answers.value(field);
                yield text == null ? null : NODES.textNode(text);
            }
            case GROUP, DATE -> throw new IllegalStateException(field + " is not a plain question");
        };
    }

    /** The widgets of {@link Widget}, by hand. */
    private static void widgets(DraftAnswers answers, ObjectNode body, TypedNumbers numbers) {
        java.time.LocalDate birthDate = numbers.birthDate();
        if (birthDate != null) {
            objectAt(body, "patient").put("birthDate", birthDate.toString());
        }
        ObjectNode pain = objectAt(body, "pain");
        // A side per region when the page gave one (its left and right lists); else the one side of older drafts
        // and of forms that post pain.regions and pain.side.
        if (!answers.list(REGIONS_LEFT).isEmpty() || !answers.list(REGIONS_RIGHT).isEmpty()) {
            pain.set("leftRegions", codes(answers, REGIONS_LEFT, REGIONS));
            pain.set("rightRegions", codes(answers, REGIONS_RIGHT, REGIONS));
        } else {
            pain.set("regions", codes(answers, REGIONS, REGIONS));
            code(answers, SIDE, SIDE).ifPresent(side -> pain.put("side", side));
        }
        Integer weeks = numbers.durationWeeks();
        // The amount and unit as given are kept when the weeks alone would not say it ("2 months", "1.5 weeks").
        Double amount = weeks == null ? null : numbers.number(DURATION_AMOUNT, DURATION);
        DurationUnit unit = answers.durationUnit();
        if (amount != null && unit == DurationUnit.WEEKS && amount == weeks.doubleValue()) {
            amount = null;
        }
        if (weeks != null) {
            pain.put("durationWeeks", weeks);
        }
        if (amount != null) {
            pain.put("durationAmount", amount);
            pain.put("durationUnit", unit.code());
        }
        Integer shoeAge = numbers.shoeAgeMonths();
        if (shoeAge != null) {
            objectAt(body, "factors.footwear").put("ageMonths", shoeAge);
        }
        if (answers.knowsLegLength()) {
            ObjectNode leg = objectAt(body, "factors.legLength");
            Integer mm = numbers.millimetres();
            if (mm != null) {
                leg.put("differenceMm", mm);
            }
            // Any side code: "both" is refused in words by Bean Validation, not dropped here.
            code(answers, LONGER_SIDE, SIDE).ifPresent(side -> leg.put("longerSide", side));
            putYesNo(leg, "measured", answers.yesNo(LEG_MEASURED));
        }
        ObjectNode activity = objectAt(body, "factors.activity");
        boolean runner = answers.runs();
        Double runningKm = runner ? numbers.number(RUNNING_KM) : "no".equals(answers.value(RUNS)) ? Double.valueOf(0) : null;
        if (runningKm != null) {
            activity.put("runningKmPerWeek", runningKm);
        }
        // From someone who does not run only a "no" is kept (a "yes" was left behind by a changed mind).
        for (String field : List.of(DOWNHILL, SPEED_WORK)) {
            Boolean answer = answers.yesNo(field);
            putYesNo(activity, field.substring(field.lastIndexOf('.') + 1), runner || Boolean.FALSE.equals(answer) ? answer : null);
        }
    }

    private static void putYesNo(ObjectNode group, String name, Boolean answer) {
        if (answer != null) {
            group.put(name, answer);
        }
    }

    /** The ticked codes of a field that the question {@code asking} offers. */
    private static ArrayNode codes(DraftAnswers answers, String field, String asking) {
        Question q = IntakeForm.find(asking).orElseThrow();
        ArrayNode codes = NODES.arrayNode();
        answers.list(field).stream().filter(code -> q.option(code).isPresent()).forEach(codes::add);
        return codes;
    }

    private static java.util.Optional<String> code(DraftAnswers answers, String field, String asking) {
        String code = answers.value(field);
        return code != null && IntakeForm.find(asking).orElseThrow().option(code).isPresent()
                ? java.util.Optional.of(code) : java.util.Optional.empty();
    }

    private static String parent(String linkId) {
        int dot = linkId.lastIndexOf('.');
        return dot < 0 ? "" : linkId.substring(0, dot);
    }

    /** The object at this JSON path of the body, made on the way when missing. */
    private static ObjectNode objectAt(ObjectNode body, String path) {
        ObjectNode node = body;
        for (String name : path.isEmpty() ? new String[0] : path.split("\\.")) {
            node = node.has(name) ? (ObjectNode) node.get(name) : node.putObject(name);
        }
        return node;
    }
}
