package clinic.stride.intake.form;

import clinic.stride.intake.questions.Question;
import clinic.stride.intake.questions.Question.Kind;
import clinic.stride.intake.questions.Widget;
import clinic.stride.vocabulary.Language;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A plain question of the catalogue ({@link Widget#isPlain}) as the generic renderer draws it
 * ({@code WEB-INF/tags/questions.xhtml}): which of the shared tags asks it, and its words in the page's language.
 * The words come from the page bundle's keys when it has them ({@code q.<path>}, {@code hint.<path>},
 * {@code suffix.<path>}), as for a question placed by hand, else from the catalogue's own text; a number with a
 * range and no hint says its range as the hint.
 *
 * @param field    the answer path, the input's name
 * @param tag      the shared tag that asks it: {@code yesno}, {@code choice} or {@code text}
 * @param label    the question
 * @param hint     the line under it, or null
 * @param unit     shown after a number's box ({@code km a week}), or null
 * @param type     {@code radio} (one answer) or {@code checkbox} (tick all that apply) for a choice, else null
 * @param columns  the css class laying long option lists out in two columns, or null
 * @param codes    a choice's answer codes in the catalogue's order
 * @param options  a choice's answer words by code
 * @param width    the box's width for text: {@code s} for numbers, {@code l} for words
 * @param inputmode the keyboard a phone shows ({@code numeric}, {@code decimal}, {@code email}), or null
 */
public record AskedQuestion(String field, String tag, String label, String hint, String unit, String type, String columns,
        List<String> codes, Map<String, String> options, String width, String inputmode) {

    /** Lists longer than this take two columns, as the hand-placed ones do (shoes, sports, when it hurts). */
    static final int ONE_COLUMN_MAX = 8;

    public AskedQuestion {
        codes = List.copyOf(codes);
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * How the generic renderer asks a plain question in a language; {@code wording} gives the page bundle's text
     * for a key, or null when the bundle does not have it.
     */
    public static AskedQuestion of(Question question, Language language, Function<String, String> wording) {
        if (!Widget.isPlain(question)) {
            throw new IllegalArgumentException(question.linkId() + " is asked by a widget of its own, not by the generic renderer");
        }
        String path = question.linkId();
        String label = orElse(wording.apply("q." + path), in(language, question.text()));
        String hint = orElse(wording.apply("hint." + path), range(question, wording));
        String unit = wording.apply("suffix." + path);
        return switch (question.kind()) {
            case BOOLEAN -> new AskedQuestion(path, "yesno", label, hint, null, null, null, List.of(), Map.of(), null, null);
            case CHOICE -> {
                Map<String, String> options = new LinkedHashMap<>();
                question.options().forEach(o -> options.put(o.code(), in(language, o.display())));
                yield new AskedQuestion(path, "choice", label, hint, null, question.repeats() ? "checkbox" : "radio",
                        options.size() > ONE_COLUMN_MAX ? "two-columns" : null, List.copyOf(options.keySet()), options, null, null);
            }
            case INTEGER -> new AskedQuestion(path, "text", label, hint, unit, null, null, List.of(), Map.of(), "s", "numeric");
            case DECIMAL -> new AskedQuestion(path, "text", label, hint, unit, null, null, List.of(), Map.of(), "s", "decimal");
            case EMAIL -> new AskedQuestion(path, "text", label, hint, null, null, null, List.of(), Map.of(), "l", "email");
            case STRING, TEXT -> new AskedQuestion(path, "text", label, hint, null, null, null, List.of(), Map.of(), "l", null);
            case GROUP, DATE -> throw new IllegalArgumentException(path + " is not a plain question");
        };
    }

    /** A page bundle's text for a key, or null when it does not have the key. */
    public static Function<String, String> wording(ResourceBundle bundle) {
        return key -> bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    /** "A number from 0 to 50." for a number with both ends and no hint of its own. */
    private static String range(Question question, Function<String, String> wording) {
        boolean number = question.kind() == Kind.INTEGER || question.kind() == Kind.DECIMAL;
        String pattern = wording.apply("render.range");
        if (!number || question.min() == null || question.max() == null || pattern == null) {
            return null;
        }
        return pattern.replace("{0}", plain(question.min())).replace("{1}", plain(question.max()));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String in(Language language, Question.Text text) {
        return language == Language.ES ? text.es() : text.en();
    }

    private static String orElse(String first, String second) {
        return first != null ? first : second;
    }
}
