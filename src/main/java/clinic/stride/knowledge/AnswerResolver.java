package clinic.stride.knowledge;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.MethodNotFoundException;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
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

    static final AnswerResolver INSTANCE = new AnswerResolver();

    /** Record components by name, as method handles, per view record type. */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> byName = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    byName.put(component.getName(), MethodHandles.publicLookup().unreflect(component.getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("view record component not public: " + component, e);
                }
            }
            return Collections.unmodifiableMap(byName);
        }
    };

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

    private AnswerResolver() {
    }

    static Map<String, MethodHandle> components(Class<?> viewType) {
        return COMPONENTS.get(viewType);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null) {
            Object value = variable(context, property);
            context.setPropertyResolved(true);
            return value;
        }
        String path = VIEW_PATHS.get(base.getClass());
        if (path == null) {
            throw new PropertyNotFoundException("'" + property + "' cannot be read from " + describe(base)
                    + "; only the sections of the answer vocabulary have named answers");
        }
        MethodHandle accessor = COMPONENTS.get(base.getClass()).get(String.valueOf(property));
        if (accessor == null) {
            throw new PropertyNotFoundException("'" + path + "' has no answer '" + property + "' (it has: "
                    + String.join(", ", COMPONENTS.get(base.getClass()).keySet()) + ")");
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(true);
            return value;
        } catch (Throwable e) {
            throw new IllegalStateException("reading " + path + "." + property, e);
        }
    }

    private static Object variable(ELContext context, Object name) {
        IntakeView view = (IntakeView) context.getContext(IntakeView.class);
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
