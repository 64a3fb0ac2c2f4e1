package clinic.stride.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** One page of intakes and the cursor for the next page (null on the last page). */
public record IntakePage(List<IntakeSummary> items, String next) {

    /** Keyset position: the (submittedAt, id) of the last row shown. Opaque to clients. */
    public record Cursor(Instant submittedAt, UUID id) {

        static Cursor of(Intake intake) {
            return new Cursor(intake.submittedAt(), intake.id());
        }

        public String encode() {
            String raw = submittedAt + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** @throws IllegalArgumentException when the text is not a cursor Stride made */
        public static Cursor decode(String text) {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Cursor(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        }
    }
}
