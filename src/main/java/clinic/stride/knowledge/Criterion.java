package clinic.stride.knowledge;

import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.ValueExpression;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A compiled {@code when} condition: a Jakarta EL expression over the answer vocabulary
 * ({@link IntakeView}), written in the knowledge files without the surrounding {@code ${ }}. Compile once,
 * test many times; instances are immutable and safe to share between threads (each test gets its own
 * EL context).
 */
public final class Criterion {

    private static final ExpressionFactory EXPRESSIONS = ExpressionFactory.newInstance();

    /**
     * {@code pain.side == 'left'} compiles and runs but a misspelt code would silently never match, because
     * EL compares the strings; {@code pain.side.is('left')} checks the code. So comparing with a quoted
     * literal is refused.
     */
    private static final Pattern LITERAL_COMPARISON =
            Pattern.compile("(==|!=|\\beq\\b|\\bne\\b)\\s*'|'\\s*(==|!=|\\beq\\b|\\bne\\b)");

    private final String text;
    private final ValueExpression expression;

    private Criterion(String text, ValueExpression expression) {
        this.text = text;
        this.expression = expression;
    }

    /**
     * Parses the condition. Checks syntax only; whether its names exist is found by {@link #test} (the loader
     * tries every condition on many sample intakes).
     */
    public static Criterion compile(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCriterionException("the condition is empty", null);
        }
        if (text.contains("${") || text.contains("#{")) {
            throw new InvalidCriterionException("write the condition without ${ } or #{ }", null);
        }
        if (LITERAL_COMPARISON.matcher(text).find()) {
            throw new InvalidCriterionException("compare answer codes with .is('code') or .contains('code'), "
                    + "not == or !=, so that a misspelt code is caught", null);
        }
        try {
            ValueExpression expression = EXPRESSIONS.createValueExpression(
                    new AnswerELContext(null), "${" + text + "}", Object.class);
            return new Criterion(text, expression);
        } catch (ELException e) {
            throw new InvalidCriterionException("does not parse: " + rootMessage(e), e);
        }
    }

    /** True when the condition holds for these answers. */
    public boolean test(IntakeView view) {
        return test(new AnswerELContext(view));
    }

    /**
     * Tests conditions on one intake's answers through one EL context, for a caller that tests many conditions on
     * the same answers in one thread (an assessment tests over a hundred): the context is built once, not per
     * condition. Not for sharing between threads; an EL context is not thread-safe.
     */
    public static Predicate<Criterion> on(IntakeView view) {
        AnswerELContext context = new AnswerELContext(view);
        return criterion -> criterion.test(context);
    }

    private boolean test(AnswerELContext context) {
        Object value;
        try {
            value = expression.getValue(context);
        } catch (ELException | IllegalArgumentException e) {
            throw new InvalidCriterionException(rootMessage(e), e);
        }
        if (value instanceof Boolean result) {
            return result;
        }
        throw new InvalidCriterionException("gives " + (value == null ? "nothing" : "'" + value + "'")
                + " instead of true or false", null);
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
