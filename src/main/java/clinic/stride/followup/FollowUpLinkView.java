package clinic.stride.followup;

import clinic.stride.vocabulary.Language;
import java.time.Instant;

/** A follow-up link as the clinician sees it in a list: never its token, which Stride does not keep. */
public record FollowUpLinkView(long id, Language language, Instant createdAt, String createdBy, Instant expiresAt,
                               Instant revokedAt, Instant usedAt) {

    static FollowUpLinkView of(FollowUpLink link) {
        return new FollowUpLinkView(link.id(), link.language(), link.createdAt(), link.createdBy(), link.expiresAt(),
                link.revokedAt(), link.usedAt());
    }
}
