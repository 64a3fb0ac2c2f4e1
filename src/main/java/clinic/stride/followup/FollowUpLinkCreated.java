package clinic.stride.followup;

import java.net.URI;
import java.time.Instant;

/** A new follow-up link: its id (to revoke it), the page to send the patient, its API address and expiry. Shown once. */
public record FollowUpLinkCreated(long id, URI url, URI api, Instant expiresAt) {
}
