package clinic.stride.duplicates;

import clinic.stride.platform.Problem;
import clinic.stride.platform.RefusalMapper;
import jakarta.ws.rs.ext.Provider;

/** The duplicates' refusals as problem+json (RFC 9457). */
public final class DuplicateMappers {

    private DuplicateMappers() {
    }

    @Provider
    public static class AlreadyDecided extends RefusalMapper<PairAlreadyDecided> {
        public AlreadyDecided() {
            super(e -> new Problem("https://stride.clinic/problems/pair-already-decided", "The pair was decided already",
                    409, e.getMessage(), null));
        }
    }
}
