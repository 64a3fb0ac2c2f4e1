package clinic.stride.knowledge;

import clinic.stride.vocabulary.Coded;

/**
 * A single-choice answer as conditions see it: {@code pain.side.is('left')}. Unanswered is no code at all.
 * Like {@link CodeSet}, an unknown code throws so that the loader catches typos.
 */
public final class Code {

    private final String path;
    private final Class<?> domain;
    private final Enum<?> value;

    private Code(String path, Class<?> domain, Enum<?> value) {
        this.path = path;
        this.domain = domain;
        this.value = value;
    }

    static <E extends Enum<E> & Coded> Code of(String path, Class<E> domain, E value) {
        return new Code(path, domain, value);
    }

    public boolean is(String code) {
        return AnswerCodes.constant(path, domain, code) == value;
    }

    public boolean isAny(String... codes) {
        boolean any = false;
        for (String code : codes) {
            any |= is(code);
        }
        return any;
    }

    public boolean isAnswered() {
        return value != null;
    }

    public String path() {
        return path;
    }

    /** The code, or an empty string when unanswered. */
    @Override
    public String toString() {
        return value == null ? "" : ((Coded) value).code();
    }
}
