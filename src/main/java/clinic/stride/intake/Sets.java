package clinic.stride.intake;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable, ordered copies of answer sets; null (not answered) becomes empty. */
final class Sets {

    private Sets() {
    }

    static <E extends Enum<E>> Set<E> copy(Collection<E> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        // Not values.contains(null): immutable JDK collections throw on that question.
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            // Let Bean Validation report it rather than failing deep inside EnumSet.
            return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
