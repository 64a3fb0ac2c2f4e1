package clinic.stride.knowledge;

import clinic.stride.vocabulary.Coded;
import java.util.Set;
import java.util.TreeSet;

/**
 * A multiple-choice answer as conditions see it: {@code pain.regions.contains('outer_hip')}. Asking for a
 * code the answer does not have ({@code 'outer_hipp'}) throws, so the loader catches misspelt codes
 * instead of letting a rule silently never match.
 */
public final class CodeSet {

    private final String path;
    private final Class<?> domain;
    private final Set<?> values;

    private CodeSet(String path, Class<?> domain, Set<?> values) {
        this.path = path;
        this.domain = domain;
        this.values = values;
    }

    static <E extends Enum<E> & Coded> CodeSet of(String path, Class<E> domain, Set<E> values) {
        return new CodeSet(path, domain, values == null ? Set.of() : values);
    }

    public boolean contains(String code) {
        return values.contains(AnswerCodes.constant(path, domain, code));
    }

    public boolean containsAny(String... codes) {
        boolean any = false;
        for (String code : codes) {
            // Check every code, not just up to the first match, so a misspelt later code is still caught.
            any |= contains(code);
        }
        return any;
    }

    public boolean containsAll(String... codes) {
        boolean all = codes.length > 0;
        for (String code : codes) {
            all &= contains(code);
        }
        return all;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    /** The path in the answer vocabulary, e.g. {@code pain.regions}. */
    public String path() {
        return path;
    }

    public Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        values.forEach(v -> codes.add(((Coded) v).code()));
        return codes;
    }

    @Override
    public String toString() {
        return codes().toString();
    }
}
