package clinic.stride.knowledge;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;

/**
 * An EL context over one {@link IntakeView}, which its resolver holds. No function or variable mappers: conditions
 * use only the answer vocabulary, and an expression that names an EL function fails to compile.
 */
final class AnswerELContext extends ELContext {

    private final AnswerResolver resolver;

    /** A context for testing conditions on these answers; null for compiling them. */
    AnswerELContext(IntakeView view) {
        this.resolver = view == null ? AnswerResolver.COMPILING : new AnswerResolver(view);
    }

    @Override
    public ELResolver getELResolver() {
        return resolver;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
        return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
        return null;
    }
}
