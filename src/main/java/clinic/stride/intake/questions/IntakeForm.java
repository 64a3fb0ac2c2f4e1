package clinic.stride.intake.questions;

import clinic.stride.intake.AnswerCodes;
import clinic.stride.outcomes.Lefs;
import clinic.stride.outcomes.LefsItem;
import clinic.stride.outcomes.Wording;
import clinic.stride.vocabulary.Coded;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.questions.Question.EnableWhen;
import clinic.stride.intake.questions.Question.Kind;
import clinic.stride.intake.questions.Question.Option;
import clinic.stride.intake.questions.Question.Text;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The intake form, generated from {@link IntakeRequest} and the records and enums inside it: one question
 * per record component, one option per enum constant, ranges and required answers from the Bean Validation
 * constraints. The wording is the web form's own ({@code i18n/messages_en.properties} and {@code _es}:
 * {@code q.<linkId>} with its {@code suffix.<linkId>} unit, {@code opt.<group>.<code>}), so a patient reads the
 * same question on the page and in a FHIR form tool. What the web form asks differently (a duration as number
 * and unit, where the intake stores weeks) or not at all (section headings, the visit date) is worded in
 * {@code questions_en.properties} and {@code questions_es.properties} beside this class. A component added to
 * an intake record becomes a question by itself; without text in both languages the form cannot be built and
 * {@code IntakeFormTest} fails.
 */
public final class IntakeForm {

    /**
     * Branching: a leg-length difference of 0 mm has no longer side; pregnancy is not asked of a male patient.
     * Downhill running and speed work are asked of everyone: the intake stores them whatever the running
     * distance (a rule reads speed work on its own), and a FHIR response may not answer a question it does not
     * ask, so a branch on the running distance lost them on the way out and back.
     */
    static final Map<String, EnableWhen> BRANCHES = Map.of(
            "factors.legLength.longerSide", new EnableWhen("factors.legLength.differenceMm", BigDecimal.ZERO),
            "factors.pregnant", EnableWhen.unless("patient.sex", "male"));

    /**
     * The consent sent with an intake is the patient's agreement to the notice, stored beside the intake, not an
     * answer: no question of the form (FHIR exports it as a Consent resource of its own).
     */
    private static final String NOT_A_QUESTION = "consent";

    /** The group of the optional Lower Extremity Functional Scale ({@code IntakeRequest.lefs}). */
    public static final String LEFS = "lefs";

    /** Above this many characters a text answer is a paragraph rather than a line. */
    private static final int PARAGRAPH = 200;

    /** The web form's option groups ({@code opt.region.outer_hip}) for each answer enum. */
    static final Map<String, String> WEB_OPTION_GROUPS = Map.ofEntries(
            Map.entry("Sex", "sex"), Map.entry("PainRegion", "region"), Map.entry("Side", "side"),
            Map.entry("Onset", "onset"), Map.entry("PainTrigger", "trigger"), Map.entry("Relief", "relief"),
            Map.entry("PainCharacter", "character"), Map.entry("FootwearType", "shoe"), Map.entry("Sport", "sport"),
            Map.entry("Condition", "condition"));

    /** Built last among the statics: the constructor reads the ones above. */
    private static final IntakeForm INSTANCE = new IntakeForm();

    private final Properties webEnglish = load("/i18n/messages_en.properties");
    private final Properties webSpanish = load("/i18n/messages_es.properties");
    private final Properties english = load("questions_en.properties");
    private final Properties spanish = load("questions_es.properties");
    private final List<Question> questions;
    private final Map<String, Question> byLinkId = new LinkedHashMap<>();

    private IntakeForm() {
        this.questions = itemsOf(IntakeRequest.class, "");
        index(questions);
    }

    private IntakeForm(List<Question> questions) {
        this.questions = List.copyOf(questions);
        index(this.questions);
    }

    /**
     * The catalogue of the intake's questions, as one value: what the FHIR Questionnaire, the CSV export and
     * the rule language's answer sheet walk ({@code IntakeQuestionnaire.build(form)}, {@code IntakeExport},
     * {@code AnswerSheet.entriesOf(form)}).
     */
    public static IntakeForm standard() {
        return INSTANCE;
    }

    /**
     * This catalogue with one more question at the end of a group ({@code null}: at the top level), for
     * example a question being designed, shown in every form that walks the catalogue before the intake
     * records store it. The question's text must be in both languages.
     */
    public IntakeForm with(String groupLinkId, Question extra) {
        if (byLinkId.containsKey(extra.linkId())) {
            throw new IllegalArgumentException(extra.linkId() + " is already a question of the intake");
        }
        if (groupLinkId != null && (!byLinkId.containsKey(groupLinkId) || !byLinkId.get(groupLinkId).isGroup())) {
            throw new IllegalArgumentException(groupLinkId + " is not a group of the intake form");
        }
        if (groupLinkId != null && !extra.linkId().startsWith(groupLinkId + ".")) {
            throw new IllegalArgumentException(extra.linkId() + " must be inside " + groupLinkId);
        }
        return new IntakeForm(withQuestion(questions, groupLinkId, extra));
    }

    private static List<Question> withQuestion(List<Question> items, String groupLinkId, Question extra) {
        List<Question> copy = new ArrayList<>();
        for (Question q : items) {
            copy.add(q.isGroup() && groupLinkId != null && (groupLinkId.equals(q.linkId()) || groupLinkId.startsWith(q.linkId() + "."))
                    ? q.withItems(withQuestion(q.items(), groupLinkId.equals(q.linkId()) ? null : groupLinkId, extra))
                    : q);
        }
        if (groupLinkId == null) {
            copy.add(extra);
        }
        return copy;
    }

    /** The top-level questions and groups of this catalogue, in order. */
    public List<Question> items() {
        return questions;
    }

    /** Every question and group of this catalogue, depth first, by link id. */
    public Map<String, Question> all() {
        return java.util.Collections.unmodifiableMap(byLinkId);
    }

    public Optional<Question> lookup(String linkId) {
        return Optional.ofNullable(byLinkId.get(linkId));
    }

    /** The form's top-level questions and groups, in the order of {@link IntakeRequest}. */
    public static List<Question> questions() {
        return INSTANCE.questions;
    }

    /** Every question and group, depth first, by link id. */
    public static Map<String, Question> byLinkId() {
        return java.util.Collections.unmodifiableMap(INSTANCE.byLinkId);
    }

    public static Optional<Question> find(String linkId) {
        return Optional.ofNullable(INSTANCE.byLinkId.get(linkId));
    }

    private void index(List<Question> items) {
        for (Question q : items) {
            byLinkId.put(q.linkId(), q);
            index(q.items());
        }
    }

    private List<Question> itemsOf(Class<?> record, String prefix) {
        List<Question> items = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (record == IntakeRequest.class && component.getName().equals(NOT_A_QUESTION)) {
                continue;
            }
            items.add(question(component, prefix + component.getName()));
        }
        return items;
    }

    private Question question(RecordComponent component, String linkId) {
        Method accessor = component.getAccessor();
        Class<?> type = component.getType();
        boolean required = accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotEmpty.class)
                || accessor.isAnnotationPresent(NotBlank.class);
        Text text = questionText(linkId);
        EnableWhen branch = BRANCHES.get(linkId);
        if (type.isRecord()) {
            return new Question(linkId, Kind.GROUP, required, false, text, null, List.of(), null, null, null, branch,
                    itemsOf(type, linkId + "."), null);
        }
        if (Collection.class.isAssignableFrom(type)) {
            Class<?> element = elementType(component.getGenericType(), linkId);
            return new Question(linkId, Kind.CHOICE, required, true, text, element.getSimpleName(), options(element, linkId), null, null, null,
                    branch, List.of(), enumOf(element));
        }
        if (type.isEnum()) {
            List<Option> options = options(type, linkId);
            AnswerCodes only = accessor.getAnnotation(AnswerCodes.class);
            if (only != null) {
                options = options.stream().filter(o -> Arrays.asList(only.value()).contains(o.code())).toList();
            }
            return new Question(linkId, Kind.CHOICE, required, false, text, type.getSimpleName(), options, null, null, null,
                    branch, List.of(), enumOf(type));
        }
        Kind kind = kindOf(type, accessor, linkId);
        Size size = accessor.getAnnotation(Size.class);
        Integer maxLength = size != null && size.max() < Integer.MAX_VALUE ? size.max() : null;
        return new Question(linkId, kind, required, false, text, null, List.of(), min(accessor), max(accessor), maxLength,
                branch, List.of(), null);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumOf(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }

    private static Kind kindOf(Class<?> type, Method accessor, String linkId) {
        if (type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == Integer.class) {
            return Kind.INTEGER;
        }
        if (type == Double.class) {
            return Kind.DECIMAL;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type == String.class && accessor.isAnnotationPresent(Email.class)) {
            return Kind.EMAIL;
        }
        if (type == String.class) {
            Size size = accessor.getAnnotation(Size.class);
            return size != null && size.max() > PARAGRAPH ? Kind.TEXT : Kind.STRING;
        }
        throw new IllegalStateException(linkId + " is a " + type.getName()
                + ": the intake form has no kind of question for it yet (see IntakeForm.kindOf)");
    }

    private static Class<?> elementType(Type generic, String linkId) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isEnum()) {
            return element;
        }
        throw new IllegalStateException(linkId + ": only lists of coded answers (enums) can be asked");
    }

    private List<Option> options(Class<?> enumType, String linkId) {
        if (!Coded.class.isAssignableFrom(enumType)) {
            throw new IllegalStateException(linkId + ": " + enumType.getName() + " must implement Coded");
        }
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Coded) constant).code())
                .map(code -> new Option(code, optionText(enumType, code)))
                .toList();
    }

    /** The text key of an answer option: {@code option.PainRegion.outer_hip}. */
    static String optionKey(Class<?> enumType, String code) {
        return "option." + enumType.getSimpleName() + "." + code;
    }

    /** The web form's question with its unit ({@code Height (cm)}), else this form's own wording. */
    private Text questionText(String linkId) {
        if (linkId.equals(LEFS)) {
            return new Text("Lower Extremity Functional Scale (LEFS, optional). " + Lefs.STEM.en(),
                    "Escala funcional de la extremidad inferior (LEFS, opcional). " + Lefs.STEM.es());
        }
        Optional<LefsItem> lefsItem = lefsItem(linkId);
        if (lefsItem.isPresent()) {
            // One source for the instrument's wording: the LEFS as outcomes words it for the follow-up too.
            Wording words = lefsItem.get().text();
            return new Text(lefsItem.get().number() + ". " + words.en(), lefsItem.get().number() + ". " + words.es());
        }
        String en = webEnglish.getProperty("q." + linkId);
        String es = webSpanish.getProperty("q." + linkId);
        if (en != null && es != null) {
            String enUnit = webEnglish.getProperty("suffix." + linkId);
            String esUnit = webSpanish.getProperty("suffix." + linkId);
            return new Text(enUnit == null ? en : en + " (" + enUnit + ")", esUnit == null ? es : es + " (" + esUnit + ")");
        }
        return text(linkId);
    }

    /** The LEFS activity a question of the intake's {@code lefs} group asks about. */
    public static Optional<LefsItem> lefsItem(String linkId) {
        if (!linkId.startsWith(LEFS + ".")) {
            return Optional.empty();
        }
        String field = linkId.substring(LEFS.length() + 1);
        return Arrays.stream(LefsItem.values()).filter(item -> item.fieldName().equals(field)).findFirst();
    }

    private Text optionText(Class<?> enumType, String code) {
        String group = WEB_OPTION_GROUPS.get(enumType.getSimpleName());
        String en = group == null ? null : webEnglish.getProperty("opt." + group + "." + code);
        String es = group == null ? null : webSpanish.getProperty("opt." + group + "." + code);
        return en != null && es != null ? new Text(en, es) : text(optionKey(enumType, code));
    }

    private Text text(String key) {
        String en = english.getProperty(key);
        String es = spanish.getProperty(key);
        if (en == null || es == null || en.isBlank() || es.isBlank()) {
            throw new IllegalStateException("The intake form has no " + (en == null || en.isBlank() ? "English" : "Spanish")
                    + " text for '" + key + "': add it to questions_en.properties and questions_es.properties");
        }
        return new Text(en.strip(), es.strip());
    }

    private static BigDecimal min(Method accessor) {
        Min min = accessor.getAnnotation(Min.class);
        DecimalMin decimalMin = accessor.getAnnotation(DecimalMin.class);
        return min != null ? BigDecimal.valueOf(min.value()) : decimalMin != null ? new BigDecimal(decimalMin.value()) : null;
    }

    private static BigDecimal max(Method accessor) {
        Max max = accessor.getAnnotation(Max.class);
        DecimalMax decimalMax = accessor.getAnnotation(DecimalMax.class);
        return max != null ? BigDecimal.valueOf(max.value()) : decimalMax != null ? new BigDecimal(decimalMax.value()) : null;
    }

    static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = IntakeForm.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " beside " + IntakeForm.class.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
