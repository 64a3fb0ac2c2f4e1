package clinic.stride.duplicates;

/** Staff already decided about these two registrations (or they are one already); a decision is never taken twice. */
public class PairAlreadyDecided extends RuntimeException {

    public PairAlreadyDecided() {
        super("These two registrations were already decided about; the decision stands", null, false, false);
    }
}
