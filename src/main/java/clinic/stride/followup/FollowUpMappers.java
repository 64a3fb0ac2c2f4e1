package clinic.stride.followup;

import clinic.stride.platform.Problem;
import clinic.stride.platform.RefusalMapper;
import jakarta.ws.rs.ext.Provider;

/** A follow-up link's refusals as problem+json (RFC 9457), one mapper each. */
public final class FollowUpMappers {

    private FollowUpMappers() {
    }

    @Provider
    public static class NotFound extends RefusalMapper<FollowUpLinkNotFound> {
        public NotFound() {
            super(e -> Problem.notFound(e.getMessage()));
        }
    }

    @Provider
    public static class Gone extends RefusalMapper<FollowUpLinkGone> {
        public Gone() {
            super(e -> new Problem("https://stride.clinic/problems/follow-up-link-gone", "Follow-up link no longer valid", 410,
                    e.getMessage(), null));
        }
    }
}
