package clinic.stride.vocabulary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request to its audit row and log lines: the caller's {@code X-Request-Id} when it is
 * sane (a proxy's or client's correlation id), otherwise a new UUID. Kept as a request attribute, so
 * whoever asks first (the sign-in mechanism, the header filter, the audit) fixes it for the whole request.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = "stride.requestId";

    /** Letters, digits and a few separators, at most 64: nothing that could forge a log line or a header. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestId() {
    }

    public static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        String id = saneOrNew(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    static String saneOrNew(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
