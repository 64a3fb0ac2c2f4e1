package clinic.stride.intakelink;

import java.net.URI;
import java.time.Instant;

/**
 * What the front desk gets for a new link: the page to give the patient, the API address behind it and
 * when it expires. Shown once; Stride keeps only the token's hash.
 */
public record IntakeLinkCreated(URI url, URI api, Instant expiresAt) {
}
