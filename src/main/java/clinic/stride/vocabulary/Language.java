package clinic.stride.vocabulary;

/** Language the patient reads; forms and handouts exist in these. */
public enum Language implements Coded {
    EN,
    ES;

    @Override
    public String toString() {
        return code();
    }
}
