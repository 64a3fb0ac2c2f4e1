package clinic.stride.knowledge;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;

/**
 * An EL context over one {@link IntakeView}. No function or variable mappers: conditions use only the
 * answer vocabulary, and an expression that names an EL function fails to compile.
 */
final class AnswerELContext extends ELContext {

    private final IntakeView view;

    AnswerELContext(IntakeView view) {
        this.view = view;
        if (view != null) {
            // The EL implementation wraps this context while evaluating; resolvers find the view through it.
            putContext(IntakeView.class, view);
        }
    }

    IntakeView view() {
        return view;
    }

    @Override
    public ELResolver getELResolver() {
        return AnswerResolver.INSTANCE;
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
