package clinic.stride.followup;

import clinic.stride.intake.RedFlagAnswers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up page's posted fields read into a {@link FollowUpRequest}, with one error per unanswered or unreadable
 * field (field name → message key). Field names: {@code painIntensity}, {@code lefs.1} … {@code lefs.20},
 * {@code globalChange}, {@code redFlags.<answer>} (yes or no, the intake's names). On the page every LEFS item is
 * asked (the instrument asks for an answer to each) and the first eight warning signs need an answer, as on the
 * intake's warning page; the rest are optional.
 */
public final class FollowUpFormAnswers {

    /** The warning-sign answers in {@link RedFlagAnswers}' order; the first {@link #REQUIRED_FLAGS} must be answered. */
    public static final List<String> FLAGS = java.util.Arrays.stream(RedFlagAnswers.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();
    static final int REQUIRED_FLAGS = 8;

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final FollowUpRequest request;

    public FollowUpFormAnswers(Map<String, String> posted) {
        this.values = Map.copyOf(posted);
        Integer pain = number("painIntensity", 0, 10, true);
        List<Integer> lefs = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            lefs.add(number("lefs." + i, 0, 4, true));
        }
        Integer change = number("globalChange", -3, 3, false);
        Boolean[] flags = new Boolean[FLAGS.size()];
        for (int i = 0; i < FLAGS.size(); i++) {
            String field = "redFlags." + FLAGS.get(i);
            String v = values.get(field);
            flags[i] = "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
            if (flags[i] == null && i < REQUIRED_FLAGS) {
                errors.put(field, "followUp.error.required");
            }
        }
        request = errors.isEmpty() ? new FollowUpRequest(null, pain, lefs, change, redFlags(flags)) : null;
    }

    private Integer number(String field, int min, int max, boolean required) {
        String v = values.get(field);
        if (v == null || v.isBlank()) {
            if (required) {
                errors.put(field, "followUp.error.required");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, "followUp.error.required");
        return null;
    }

    private static RedFlagAnswers redFlags(Boolean[] f) {
        return new RedFlagAnswers(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13],
                f[14], f[15]);
    }

    public boolean valid() {
        return request != null;
    }

    public FollowUpRequest request() {
        return request;
    }

    /** Field → message key. */
    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    public String value(String field) {
        return values.get(field);
    }
}
