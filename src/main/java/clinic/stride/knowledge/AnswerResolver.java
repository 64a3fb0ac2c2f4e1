package clinic.stride.knowledge;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.MethodNotFoundException;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The only {@link ELResolver} conditions are evaluated with. It resolves the six variables, the
 * components of the {@link IntakeView} records, and the few methods of {@link Code} and {@link CodeSet};
 * everything else fails. Being strict is the point: a misspelt variable or answer throws
 * {@link PropertyNotFoundException} when the loader tries the condition, and a condition cannot reach
 * arbitrary Java methods (no {@code ''.getClass()}), unlike with the general-purpose bean resolver.
 */
final class AnswerResolver extends ELResolver {

    /** For compiling: parsing never resolves a name, so no view is needed. */
    static final AnswerResolver COMPILING = new AnswerResolver(null);

    /**
     * A section of the answer vocabulary: its path in messages, and its record components by name as method handles
     * of type (Object)Object, so each read is an {@code invokeExact} without a per-call type adaptation.
     */
    private record Section(String path, Map<String, MethodHandle> components) {
    }

    private static final Map<Class<?>, String> VIEW_PATHS = Map.of(
            IntakeView.PainView.class, "pain",
            IntakeView.FactorsView.class, "factors",
            IntakeView.FootwearView.class, "factors.footwear",
            IntakeView.PostureView.class, "factors.posture",
            IntakeView.LegLengthView.class, "factors.legLength",
            IntakeView.GaitView.class, "factors.gait",
            IntakeView.ActivityView.class, "factors.activity",
            IntakeView.PastInjuriesView.class, "factors.pastInjuries",
            IntakeView.RedFlagsView.class, "redFlags");

    /** What {@link #SECTIONS} gives for anything that is not a section (a code, a number...). */
    private static final Section NOT_A_SECTION = new Section(null, Map.of());

    /** The section a value's class is; a class value, so a look-up is one check of the class after the first. */
    private static final ClassValue<Section> SECTIONS = new ClassValue<>() {
        @Override
        protected Section computeValue(Class<?> type) {
            String path = VIEW_PATHS.get(type);
            if (path == null) {
                return NOT_A_SECTION;
            }
            Map<String, MethodHandle> byName = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    byName.put(component.getName(), MethodHandles.publicLookup().unreflect(component.getAccessor())
                            .asType(MethodType.genericMethodType(1)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("view record component not public: " + component, e);
                }
            }
            return new Section(path, Collections.unmodifiableMap(byName));
        }
    };

    /**
     * The answers the conditions read. Held here rather than looked up in the EL context on each variable: an
     * assessment resolves a variable for every condition it tests (docs/benchmarks.md, eleventh pass).
     */
    private final IntakeView view;

    /** A resolver over one intake's answers; one per EL context, like the context not shared between threads. */
    AnswerResolver(IntakeView view) {
        this.view = view;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null) {
            Object value = variable(property);
            context.setPropertyResolved(true);
            return value;
        }
        Section section = SECTIONS.get(base.getClass());
        if (section == NOT_A_SECTION) {
            throw new PropertyNotFoundException("'" + property + "' cannot be read from " + describe(base)
                    + "; only the sections of the answer vocabulary have named answers");
        }
        MethodHandle accessor = section.components().get(String.valueOf(property));
        if (accessor == null) {
            throw new PropertyNotFoundException("'" + section.path() + "' has no answer '" + property + "' (it has: "
                    + String.join(", ", section.components().keySet()) + ")");
        }
        try {
            Object value = (Object) accessor.invokeExact(base);
            context.setPropertyResolved(true);
            return value;
        } catch (Throwable e) {
            throw new IllegalStateException("reading " + section.path() + "." + property, e);
        }
    }

    private Object variable(Object name) {
        return switch (String.valueOf(name)) {
            case "pain" -> view.pain();
            case "factors" -> view.factors();
            case "redFlags" -> view.redFlags();
            case "age" -> view.age();
            case "sex" -> view.sex();
            case "bmi" -> view.bmi();
            default -> throw new PropertyNotFoundException("unknown variable '" + name
                    + "' (the answer vocabulary has: pain, factors, redFlags, age, sex, bmi)");
        };
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        String name = String.valueOf(method);
        Object[] args = params == null ? new Object[0] : params;
        Object result;
        if (base instanceof CodeSet set) {
            result = switch (name) {
                case "contains" -> set.contains(single(set.path(), name, args));
                case "containsAny" -> set.containsAny(strings(set.path(), name, args));
                case "containsAll" -> set.containsAll(strings(set.path(), name, args));
                case "isEmpty" -> noArgs(set.path(), name, args) && set.isEmpty();
                case "size" -> noArgs(set.path(), name, args) ? set.size() : 0;
                default -> throw new MethodNotFoundException(set.path() + " has no method '" + name
                        + "' (use contains, containsAny, containsAll, isEmpty or size)");
            };
        } else if (base instanceof Code code) {
            result = switch (name) {
                case "is" -> code.is(single(code.path(), name, args));
                case "isAny" -> code.isAny(strings(code.path(), name, args));
                case "isAnswered" -> noArgs(code.path(), name, args) && code.isAnswered();
                default -> throw new MethodNotFoundException(code.path() + " has no method '" + name
                        + "' (use is, isAny or isAnswered)");
            };
        } else {
            throw new MethodNotFoundException("'" + name + "' cannot be called on " + describe(base)
                    + "; conditions may only call the methods of multiple- and single-choice answers");
        }
        context.setPropertyResolved(true);
        return result;
    }

    private static String single(String path, String method, Object[] args) {
        String[] codes = strings(path, method, args);
        if (codes.length != 1) {
            throw new MethodNotFoundException(path + "." + method + " takes exactly one code");
        }
        return codes[0];
    }

    private static String[] strings(String path, String method, Object[] args) {
        if (args.length == 0) {
            throw new MethodNotFoundException(path + "." + method + " needs at least one code");
        }
        String[] codes = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof String s)) {
                throw new MethodNotFoundException(path + "." + method + " takes codes in quotes, not "
                        + Arrays.toString(args));
            }
            codes[i] = s;
        }
        return codes;
    }

    private static boolean noArgs(String path, String method, Object[] args) {
        if (args.length != 0) {
            throw new MethodNotFoundException(path + "." + method + " takes no arguments");
        }
        return true;
    }

    private static String describe(Object base) {
        return base instanceof Code || base instanceof CodeSet ? base.getClass().getSimpleName()
                : "a " + base.getClass().getSimpleName() + " value";
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        throw new PropertyNotWritableException("conditions cannot change answers");
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        context.setPropertyResolved(true);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
